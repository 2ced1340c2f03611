namespace WccAssure.Reporting.View;

/// <summary>
/// A governance page: measures × Red / Amber / Green with the three markers, rationale, recommendations.
/// </summary>
internal sealed record AreaView(
    int Number,
    string Name,
    string Rating,
    string RatingClass,
    string RatingBasis,
    IReadOnlyList<string> Columns,
    IReadOnlyList<GovernanceRowView> Measures,
    IReadOnlyList<NoteView> Recommendations
)
{
    /// <summary>
    /// Beside the area rating in the page's heading: * when the panel's stated rating is a reconstruction, † when
    /// the rating is this tool's roll-up of the measures (of the self-ratings in a draft), else empty.
    /// </summary>
    public ValueMark RatingMark { get; init; } = ValueMark.None;

    /// <summary>For authors: what each measure lacks to reach the next rating.</summary>
    public IReadOnlyList<GapView> Gaps { get; init; } = new List<GapView>();

    /// <summary>
    /// In a draft whose file could not be read: what to fix, shown in place of the section (else empty).
    /// </summary>
    public string Unread { get; init; } = "";
}
