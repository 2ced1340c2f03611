using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>A piece of narrative: safe HTML for the HTML report, escaped Markdown for the Markdown one.</summary>
internal sealed record NoteView(
    [property: Trusted(OutputFormat.Html)] string Html,
    [property: Trusted(OutputFormat.Markdown)] string Markdown,
    string Cite
)
{
    /// <summary>
    /// Strict templates treat a missing value as an error, so absence is an empty note, tested with IsEmpty.
    /// </summary>
    public static readonly NoteView None = new("", "", "");

    /// <summary>No text: the templates print what stands in for it (e.g. "No rationale recorded.").</summary>
    public bool IsEmpty => Html.Length == 0;

    /// <summary>The citation as Markdown, " _(panel-report L25)_", or nothing when the item cites no source.</summary>
    [Trusted(OutputFormat.Markdown)]
    public string CiteMarkdown => Cite.Length == 0 ? "" : $" _({Narrative.Markdown(Cite)})_";
}
