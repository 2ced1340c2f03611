namespace WccAssure.Reporting.View;

/// <summary>A governance page: measures × Red / Amber / Green with the three markers, rationale, recommendations.</summary>
public sealed record AreaView(
    int Number,
    string Name,
    string Rating,
    string RatingClass,
    string RatingBasis,
    IReadOnlyList<string> Columns,
    IReadOnlyList<GovernanceRowView> Measures,
    IReadOnlyList<NoteView> Recommendations)
{
    public ValueMark RatingMark { get; init; } = ValueMark.None;

    /// <summary>For authors: what each measure lacks to reach the next rating.</summary>
    public IReadOnlyList<GapView> Gaps { get; init; } = new List<GapView>();

    /// <summary>In a draft whose file could not be read: what to fix, shown in place of the section (else empty).</summary>
    public string Unread { get; init; } = "";
}

public sealed record GovernanceRowView(
    int Number,
    string Name,
    IReadOnlyList<MarkCell> Cells,
    string Evidenced,
    string EvidencedClass,
    NoteView Rationale)
{
    public string NoRationale { get; init; } = "No rationale recorded.";

    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}

/// <summary>One cell of a rating grid: which markers sit in it (last year ●, self □, panel ✓, evidenced ◆).</summary>
public sealed record MarkCell(string Label, string CssClass, bool LastYear, bool Self, bool Panel, bool Evidenced, string Marks, string Words)
{
    /// <summary>* when a marker in this cell is a reconstructed rating, with the reasoning as its note.</summary>
    public ValueMark Mark { get; init; } = ValueMark.None;
}
