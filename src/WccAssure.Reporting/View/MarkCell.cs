namespace WccAssure.Reporting.View;

/// <summary>One cell of a rating grid: which markers sit in it (last year ●, self □, panel ✓, evidenced ◆).</summary>
internal sealed record MarkCell(
    string Label,
    string CssClass,
    bool LastYear,
    bool Self,
    bool Panel,
    bool Evidenced,
    string Marks,
    string Words
)
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

    /// <summary>
    /// The markers with their marks as Markdown ("□\\* ✓ ◆"): fixed glyphs and the two known marks only.
    /// </summary>
    [Rendering.Trusted(Rendering.OutputFormat.Markdown)]
    public string MarkdownGlyphs =>
        string.Join(
            " ",
            Glyphs.Select(g => (Markers.Contains(g.Symbol) ? g.Symbol : Narrative.Markdown(g.Symbol)) + g.Mark.Markdown)
        );

    /// <summary>The four markers a grid places; any other symbol is escaped like the rest of the text.</summary>
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal) { "●", "□", "✓", "◆" };
}
