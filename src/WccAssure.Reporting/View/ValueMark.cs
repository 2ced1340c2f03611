using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>
/// The mark shown beside a value a source did not state: * for a value reconstructed by a person (or a score
/// resting on one), † for a value this tool computed or rolled up. The note says why, for a hover title in HTML
/// and a footnote in Markdown and print. An empty mark means the value is stated.
/// </summary>
internal sealed record ValueMark(string Symbol, string Kind, string Note)
{
    /// <summary>The mark of a value a person reconstructed (or a figure resting on one).</summary>
    public const string ReconstructedSymbol = "*";

    /// <summary>The mark of a value this tool computed or rolled up.</summary>
    public const string ComputedSymbol = "†";

    /// <summary>No mark: the value is stated by a source.</summary>
    public static readonly ValueMark None = new("", "", "");

    /// <summary>The value is stated: templates print no mark.</summary>
    public bool IsEmpty => Symbol.Length == 0;

    /// <summary>A * mark of kind "reconstructed", with the reasoning as its note.</summary>
    public static ValueMark Reconstructed(string note) => new(ReconstructedSymbol, "reconstructed", note);

    /// <summary>A † mark of kind "computed", with how it was computed as its note.</summary>
    public static ValueMark Computed(string note) => new(ComputedSymbol, "computed", note);

    /// <summary>
    /// The symbol as Markdown writes it (a bare * would start emphasis), so a Markdown template prints a mark as
    /// a value instead of calling a function for each cell: a call costs more than the rest of the cell.
    /// </summary>
    [Trusted(OutputFormat.Markdown)]
    public string Markdown =>
        Symbol switch
        {
            ReconstructedSymbol => "\\*",
            ComputedSymbol => ComputedSymbol,
            _ => "", // trusted text: only the two known symbols pass
        };

    /// <summary>"2.33*" for plain-text outputs (CSV, Markdown tables, terminal).</summary>
    public string After(string text) => IsEmpty ? text : text + Symbol;
}
