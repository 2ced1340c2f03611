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

    /// <summary>The evidenced rating behind <see cref="EvidencedClass"/>; null with no evidence yet.</summary>
    public Core.Model.Rag? EvidencedRag { get; init; }

    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}

/// <summary>One cell of a rating grid: which markers sit in it (last year ●, self □, panel ✓, evidenced ◆).</summary>
public sealed record MarkCell(string Label, string CssClass, bool LastYear, bool Self, bool Panel, bool Evidenced, string Marks, string Words)
{
    /// <summary>* when a marker in this cell is a reconstructed rating, with the reasoning as its note.</summary>
    public ValueMark Mark { get; init; } = ValueMark.None;

    /// <summary>The rating a cell of a Red / Amber / Green grid stands for; null in a grid of levels.</summary>
    public Core.Model.Rag? Rag { get; init; }

    /// <summary>
    /// The markers one by one, each with its own mark, so a stated panel tick beside a reconstructed self-rating
    /// reads "□* ✓", not "□ ✓*": print has no hover to tell which marker the mark belongs to.
    /// </summary>
    public IReadOnlyList<MarkGlyph> Glyphs { get; init; } = new List<MarkGlyph>();

    /// <summary>The markers with their marks as Markdown ("□\\* ✓ ◆"): fixed glyphs and the two known marks only.</summary>
    [Rendering.Trusted(Rendering.OutputFormat.Markdown)]
    public string MarkdownGlyphs => string.Join(" ", Glyphs.Select(g => (Markers.Contains(g.Symbol) ? g.Symbol : Narrative.Markdown(g.Symbol)) + g.Mark.Markdown));

    /// <summary>The four markers a grid places; any other symbol is escaped like the rest of the text.</summary>
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal) { "●", "□", "✓", "◆" };
}

/// <summary>One marker in a grid cell (● □ ✓ ◆), its word, and the mark of the rating it shows.</summary>
public sealed record MarkGlyph(string Symbol, string Word, ValueMark Mark);
