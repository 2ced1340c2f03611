namespace WccAssure.Reporting.View;

/// <summary>
/// A competency page: measures × levels with the markers (Columns heads the level columns), and the rationale per
/// measure.
/// </summary>
internal sealed record CompetencyView(
    int Number,
    string Name,
    string Statement,
    IReadOnlyList<string> Columns,
    IReadOnlyList<MeasureRowView> Measures,
    IReadOnlyList<NoteView> Recommendations
)
{
    /// <summary>
    /// In a draft whose file could not be read: what to fix, shown in place of the section (else empty).
    /// </summary>
    public string Unread { get; init; } = "";
}
