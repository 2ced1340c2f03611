using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Results;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>The repository, its seeds and templates, and scored assessments for report tests.</summary>
internal static class Fixture
{
    public static readonly string Root = Testing.RepositoryRoot.Path;

    public static readonly SeedLibrary Seeds = new(Path.Combine(Root, "seeds"));

    public static readonly ReportTemplates Templates = ReportTemplates.Load(Path.Combine(Root, "templates")).Templates!;

    /// <summary>
    /// Scored with a relative folder name, as a user would type it, so outputs do not depend on the checkout path
    /// (the working folder is the repository root: <see cref="WorkingFolder"/>).
    /// </summary>
    public static AssessmentScore Score(string relativeFolder)
    {
        var evaluation = new AssessmentEngine(Seeds).Run(BatchRequest.Folder(relativeFolder)).OnlyEvaluation;
        Assert.False(evaluation.Failed, string.Join("\n", evaluation.Findings));
        return evaluation.Score!;
    }

    public static RenderedReport Render(string relativeFolder, View.ReportAudience? audience = null)
    {
        var (report, error) = RenderedReport.Render(Score(relativeFolder), Templates, audience);
        Assert.Null(error);
        return report!;
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "wcc-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
