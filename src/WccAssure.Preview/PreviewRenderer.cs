using System.Diagnostics;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Results;
using WccAssure.Core.Yaml;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.View;

namespace WccAssure.Preview;

/// <summary>
/// Validates and renders one assessment folder for the preview, through the same engine and report rendering as
/// `wcc report`. Where `report` refuses an assessment with errors, the preview renders what could be read (the
/// draft), marks it as a draft and puts the findings above it, because an author mid-edit wants to see both.
/// Nothing the folder holds can stop it: any failure becomes a finding on the page.
/// </summary>
internal sealed class PreviewRenderer(
    string folder,
    SeedLibrary seeds,
    ReportTemplates? templates,
    IReadOnlyList<TemplateError> templateErrors
)
{
    private readonly AssessmentEngine engine = new(seeds);

    // One save changes one file: the others' trees are reused, so a re-render parses only what changed.
    private readonly YamlParseCache cache = new();
    private int version;

    public string Folder { get; } = DisplayPath.Folder(folder);

    public PreviewBuild Build()
    {
        var clock = Stopwatch.StartNew();
        var findings = new FindingSink();
        findings.AddRange(templateErrors.Select(AsFinding));
        string? report = null;
        IReadOnlyDictionary<string, string> anchors = new Dictionary<string, string>();
        try
        {
            var request = BatchRequest.Folder(Folder) with { AllowDraft = true, ParseCache = cache };
            var evaluation = engine.Run(request).OnlyEvaluation;
            findings.AddRange(evaluation.Findings);
            if (evaluation.Score is { } score && templates is not null)
            {
                // The preview is the author's proof: their edition, with the evidence items and the completeness line.
                var (html, error) = RenderedReport.RenderHtml(score, templates, ReportAudience.Author);
                if (error is not null)
                {
                    findings.AddRange([AsFinding(error)]);
                }
                else
                {
                    report = html;
                    anchors = Anchors(score);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A half-edited file can hold anything; the preview says what went wrong and waits for the next save.
            findings.Error(
                SourceLocation.StartOf(Folder),
                $"the preview could not render this state of the folder: {e.Message}"
            );
        }

        var sorted = findings.Sorted();
        var isDraft = findings.HasErrors;
        var next = Interlocked.Increment(ref version);
        var page = PreviewPage.Compose(report, sorted, isDraft, Folder, anchors, next);
        return new PreviewBuild(next, page, sorted, isDraft, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The report section each file fills, by the file's path inside the folder, so a finding links to what it
    /// concerns.
    /// </summary>
    private static Dictionary<string, string> Anchors(AssessmentScore score)
    {
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AssessmentLoader.HeaderFile] = "commentary",
            [AssessmentLoader.OutcomesFile] = "outcomes",
        };
        // By the framework, not the files read: a file that did not read keeps its section as a placeholder.
        foreach (var competency in score.Framework.Competencies)
        {
            anchors[$"competencies/{competency.Id}.yaml"] = $"competency-{competency.Number}";
        }

        foreach (var (area, index) in score.Framework.Governance.Select((a, i) => (a, i)))
        {
            anchors[$"governance/{area.Id}.yaml"] = $"governance-{index + 1}";
        }

        return anchors;
    }

    private static Finding AsFinding(TemplateError error) =>
        new(Severity.Error, new SourceLocation(error.File, error.Line, error.Column), error.Message);
}
