namespace WccAssure.Reporting.View;

public sealed record CompetencyOverview(
    IReadOnlyList<string> Counts,
    IReadOnlyList<ScorecardRow> Rows);

/// <summary>A competency page: measures × levels with the markers (Columns heads the level columns), and the rationale per measure.</summary>
public sealed record CompetencyView(
    int Number,
    string Name,
    string Statement,
    IReadOnlyList<string> Columns,
    IReadOnlyList<MeasureRowView> Measures,
    IReadOnlyList<NoteView> Recommendations)
{
    /// <summary>In a draft whose file could not be read: what to fix, shown in place of the section (else empty).</summary>
    public string Unread { get; init; } = "";
}

public sealed record MeasureRowView(string Letter, string Name, IReadOnlyList<MarkCell> Cells, NoteView Rationale, string Evidenced)
{
    /// <summary>What the rationale list says when there is none: the evidenced level, or that nothing is written yet.</summary>
    public string NoRationale { get; init; } = "";

    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}

/// <summary>For authors: what each measure lacks to reach the next level.</summary>
public sealed record GapView(string Measure, string Current, string Next, IReadOnlyList<string> Missing)
{
    /// <summary>Where the measure stands, in words: "evidenced level 2", or "no evidence yet" (never the floor as if evidenced).</summary>
    public string Standing { get; init; } = "";
}

/// <summary>A value that is not stated by a source: where it is, what it is, and why it was reconstructed.</summary>
public sealed record ProvenanceRow(string What, string Value, string Kind, string Note, string At);
