namespace WccAssure.Reporting.View;

/// <summary>
/// One measure on its competency's page in report.html.sbn and report.md.sbn: a row of the levels grid, its
/// rationale and, where shown, its evidence items.
/// </summary>
/// <param name="Letter">The measure's id within the competency: "a", "b", "c".</param>
/// <param name="Name">The measure's name.</param>
/// <param name="Cells">A cell per level, level 1 first, each with the markers that sit in it.</param>
/// <param name="Rationale">The rationale recorded for the rating, else <see cref="NoteView.None"/>.</param>
/// <param name="Evidenced">The level the evidence supports ("3"), or "no evidence yet".</param>
internal sealed record MeasureRowView(
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

    /// <summary>The measure's evidence items, listed when <see cref="ReportView.ShowEvidence"/> is set.</summary>
    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}
