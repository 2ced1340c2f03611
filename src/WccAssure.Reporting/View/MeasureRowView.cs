namespace WccAssure.Reporting.View;

public sealed record MeasureRowView(
    string Letter,
    string Name,
    IReadOnlyList<MarkCell> Cells,
    NoteView Rationale,
    string Evidenced
)
{
    /// <summary>
    /// What the rationale list says when there is none: the evidenced level, or that nothing is written yet.
    /// </summary>
    public string NoRationale { get; init; } = "";

    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}
