using System.Text;
using System.Text.RegularExpressions;
using WccAssure.Core.Results;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Rendering;

/// <summary>One assessment's report in every text format, rendered in memory before anything is written.</summary>
public sealed partial record RenderedReport(string Name, string Html, string Markdown, string Csv)
{
    public static (RenderedReport? Report, TemplateError? Error) Render(
        AssessmentScore score, ReportTemplates templates, ReportAudience? audience = null, bool withEvidence = false)
    {
        var view = ReportViewBuilder.Build(score, templates.Css, audience, withEvidence);
        var (html, htmlError) = templates.RenderHtml(view);
        if (htmlError is not null)
        {
            return (null, htmlError);
        }

        var (markdown, markdownError) = templates.RenderMarkdown(view);
        return markdownError is not null
            ? (null, markdownError)
            : (new RenderedReport(NameOf(score), html!, Tidy(markdown!), ScorecardCsv.Write(score)), null);
    }

    /// <summary>A stable folder name: the organisation's name and the year, e.g. south-staffordshire-pct-2009-10; synthetic ones say so.</summary>
    public static string NameOf(AssessmentScore score) =>
        (score.Assessment.Synthetic ? "synthetic-" : "") + NotSlug().Replace(score.Assessment.OrganisationName.ToLowerInvariant(), "-").Trim('-') + "-" + score.Assessment.Year;

    /// <summary>Template control statements leave runs of blank lines; collapse them so the Markdown diffs cleanly.</summary>
    private static string Tidy(string markdown) => BlankRuns().Replace(markdown.Replace("\r", "", StringComparison.Ordinal), "\n\n").TrimEnd() + "\n";

    public IEnumerable<(string File, byte[] Content)> Files()
    {
        yield return ("report.html", Encoding.UTF8.GetBytes(Html));
        yield return ("report.md", Encoding.UTF8.GetBytes(Markdown));
        yield return ("scorecard.csv", Encoding.UTF8.GetBytes(Csv));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();
}
