using System.Text;
using System.Text.RegularExpressions;
using WccAssure.Core.Results;
using WccAssure.Reporting.Output;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Rendering;

/// <summary>One assessment's report in every text format, rendered in memory before anything is written.</summary>
public sealed partial record RenderedReport(string Name, string Html, string Markdown, string Csv)
{
    /// <summary>The Word document (report.docx) when one was asked for and could be made.</summary>
    public byte[]? Docx { get; init; }

    /// <summary>
    /// Why the Word document asked for could not be made (its pictures could not be drawn), else null.
    /// </summary>
    public string? DocxProblem { get; init; }

    /// <summary>
    /// Renders every file of one report: the page, the Markdown, the scorecard CSV, the provenance annex in both
    /// formats and, with <paramref name="docx"/>, the Word document. The first template error stops it, and nothing
    /// of the report is returned.
    /// </summary>
    /// <param name="score">The scored assessment.</param>
    /// <param name="templates">The templates to render with.</param>
    /// <param name="audience">The edition; null picks panel for a panel assessment, author for a draft.</param>
    /// <param name="withEvidence">Evidence items in the panel edition too (the author's always has them).</param>
    /// <param name="docx">Also make report.docx: <see cref="Docx"/>, else <see cref="DocxProblem"/> says why.</param>
    public static (RenderedReport? Report, TemplateError? Error) Render(
        AssessmentScore score,
        ReportTemplates templates,
        ReportAudience? audience = null,
        bool withEvidence = false,
        bool docx = false
    )
    {
        var view = View(score, templates, audience, withEvidence);
        var (html, htmlError) = templates.RenderHtml(view);
        if (htmlError is not null)
        {
            return (null, htmlError);
        }

        var (markdown, markdownError) = templates.RenderMarkdown(view);
        if (markdownError is not null)
        {
            return (null, markdownError);
        }

        var (annexHtml, annexHtmlError) = templates.RenderProvenanceHtml(view);
        if (annexHtmlError is not null)
        {
            return (null, annexHtmlError);
        }

        var (annexMarkdown, annexMarkdownError) = templates.RenderProvenanceMarkdown(view);
        if (annexMarkdownError is not null)
        {
            return (null, annexMarkdownError);
        }

        var report = new RenderedReport(NameOf(score), html!, Tidy(markdown!), ScorecardCsv.Write(score))
        {
            ProvenanceHtml = annexHtml!,
            ProvenanceMarkdown = Tidy(annexMarkdown!),
        };
        return (docx ? WithDocx(report, view) : report, null);
    }

    /// <summary>
    /// The report's page alone, built as <see cref="Render"/> builds it: the preview shows this, so what it shows
    /// cannot drift from what `wcc report` writes.
    /// </summary>
    public static (string? Html, TemplateError? Error) RenderHtml(
        AssessmentScore score,
        ReportTemplates templates,
        ReportAudience? audience = null,
        bool withEvidence = false
    ) => templates.RenderHtml(View(score, templates, audience, withEvidence));

    private static ReportView View(
        AssessmentScore score,
        ReportTemplates templates,
        ReportAudience? audience,
        bool withEvidence
    ) => ReportViewBuilder.Build(score, templates.Css, audience, withEvidence);

    /// <summary>
    /// The report with its Word document. The pictures are drawn by a native library (SkiaSharp); on a platform
    /// where it cannot load, the other files are still written and the reason is given instead of the document.
    /// </summary>
    private static RenderedReport WithDocx(RenderedReport report, ReportView view)
    {
        try
        {
            return report with { Docx = Word.WordReport.Render(view) };
        }
        catch (Exception e)
            when (e
                    is DllNotFoundException
                        or TypeInitializationException
                        or BadImageFormatException
                        or EntryPointNotFoundException
            )
        {
            return report with { DocxProblem = $"the pictures could not be drawn ({e.GetBaseException().Message})" };
        }
    }

    /// <summary>The provenance annex, written beside the report as provenance.html and provenance.md.</summary>
    public string ProvenanceHtml { get; init; } = "";

    /// <summary>The provenance annex as Markdown, tidied as <see cref="Markdown"/> is.</summary>
    public string ProvenanceMarkdown { get; init; } = "";

    /// <summary>
    /// A stable folder name: the organisation's name and the year, e.g. south-staffordshire-pct-2009-10; synthetic ones
    /// say so.
    /// </summary>
    public static string NameOf(AssessmentScore score) =>
        (score.Assessment.Synthetic ? "synthetic-" : "")
        + NotSlug().Replace(score.Assessment.OrganisationName.ToLowerInvariant(), "-").Trim('-')
        + "-"
        + score.Assessment.Year;

    /// <summary>
    /// Template control statements leave runs of blank lines; collapse them so the Markdown diffs cleanly: no
    /// carriage returns, no more than one blank line in a row, and one line break at the end. Counted, then written
    /// into the one string (removing, collapsing, trimming and ending one step at a time copied the text four times).
    /// </summary>
    private static string Tidy(string markdown) =>
        string.Create(Collapse(markdown.AsSpan().TrimEnd(), []) + 1, markdown, (tidy, text) =>
            tidy[Collapse(text.AsSpan().TrimEnd(), tidy)] = '\n'
        );

    /// <summary>
    /// The text without '\r' and with each run of three or more line breaks as two, into
    /// <paramref name="tidy"/> unless that is empty; the length either way.
    /// </summary>
    private static int Collapse(ReadOnlySpan<char> text, Span<char> tidy)
    {
        var (length, breaks) = (0, 0);
        foreach (var c in text)
        {
            if (c == '\r' || (c == '\n' && ++breaks > 2))
            {
                continue;
            }

            breaks = c == '\n' ? breaks : 0;
            if (!tidy.IsEmpty)
            {
                tidy[length] = c;
            }

            length++;
        }

        return length;
    }

    /// <summary>Every file of the report folder in memory (the PDF, printed later, is added beside them).</summary>
    public IEnumerable<OutputFile> Files()
    {
        yield return new(OutputNames.ReportHtml, Encoding.UTF8.GetBytes(Html));
        yield return new(OutputNames.ReportMarkdown, Encoding.UTF8.GetBytes(Markdown));
        yield return new(OutputNames.Scorecard, Encoding.UTF8.GetBytes(Csv));
        yield return new(OutputNames.ProvenanceHtml, Encoding.UTF8.GetBytes(ProvenanceHtml));
        yield return new(OutputNames.ProvenanceMarkdown, Encoding.UTF8.GetBytes(ProvenanceMarkdown));
        if (Docx is not null)
        {
            yield return new(OutputNames.ReportDocx, Docx);
        }
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
