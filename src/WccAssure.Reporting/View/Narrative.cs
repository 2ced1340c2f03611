using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Text;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>
/// Turns author Markdown into safe output. Raw HTML is disabled, so a &lt;script&gt; in evidence is shown as
/// text; in the Markdown report the angle brackets are escaped so no viewer runs them either.
/// </summary>
internal static class Narrative
{
    private static MarkdownPipeline Pipeline => NarrativeMarkdown.Pipeline;

    /// <summary>A narrative item of the assessment as a note, citing its source when it names one.</summary>
    public static NoteView Note(NarrativeItem item) => Note(item.Text, item.Source?.ToString() ?? "");

    /// <summary>Author Markdown as a note for both report formats; <paramref name="cite"/> may be empty.</summary>
    public static NoteView Note(string text, string cite) => new(Html(text), Markdown(text), cite);

    /// <summary>
    /// Author Markdown as safe HTML: no raw HTML, safe links only, hidden control characters made visible; a single
    /// paragraph comes back without its &lt;p&gt; so it sits inline in a list item or table cell.
    /// </summary>
    public static string Html(string text)
    {
        // Control and directional characters are made visible before Markdig sees them: an unclosed right-to-left
        // override would otherwise reverse the citation printed after the text.
        var markdown = VisibleText.ForReport(text);
        if (IsPlain(markdown))
        {
            return Escape(markdown.Trim());
        }

        var html = Render(markdown).Trim();

        // A single paragraph reads better inline in a table cell or list item.
        return
            html.StartsWith("<p>", StringComparison.Ordinal)
            && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 1, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    /// <summary>
    /// Renders Markdown with only safe links: a link keeps an http, https, mailto or in-page target (anything else,
    /// such as javascript:, becomes an empty link), and an image becomes a plain link, so the report never loads
    /// anything from outside.
    /// </summary>
    private static string Render(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Loading refuses text Markdig cannot read (NarrativeMarkdown); should one get through, it is shown as
            // written.
            return Pictures.Svg.Text(markdown);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            link.IsImage = false;
            link.Url = IsSafeUrl(link.Url) ? link.Url : "";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static bool IsSafeUrl(string? url) =>
        url is null
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith('#');

    /// <summary>
    /// Most narrative is a plain sentence; Markdig would only wrap and escape it, so the common case skips the
    /// parser. Anything that could be Markdown syntax, an entity or an autolink still goes through Markdig.
    /// </summary>
    private static bool IsPlain(string text) =>
        text.Length > 0
        && text.AsSpan().IndexOfAny("*_`[]<>&#!|\\~\n\r") < 0
        && !char.IsWhiteSpace(text[0])
        && !char.IsDigit(text[0])
        && text[0] is not ('-' or '+' or '=')
        && !text.Contains("://", StringComparison.Ordinal)
        && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        && !text.Contains("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The escaping Markdig applies to text: the same bytes whichever path a sentence takes.</summary>
    private static string Escape(string text) => text.Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// Markdown kept as Markdown (emphasis, code) on one line, with everything that could act neutralised by the
    /// same rules as every other value in the Markdown report: no HTML, no links or images, no table breaks.
    /// </summary>
    public static string Markdown(string text) => MarkdownEscape.Text(text);
}
