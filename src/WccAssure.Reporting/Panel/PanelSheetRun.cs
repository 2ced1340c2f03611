using WccAssure.Core.Diagnostics;
using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Panel;
using WccAssure.Core.Pipeline;

namespace WccAssure.Reporting.Panel;

/// <summary>
/// wcc panel-sheet: scores the assessment and writes its panel workbook; an assessment with errors gets none.
/// </summary>
public static class PanelSheetRun
{
    /// <summary>The findings, and the file written (null when the assessment has errors).</summary>
    public static (IReadOnlyList<Finding> Findings, string? Written) Write(
        SeedLibrary seeds,
        string folder,
        string? output
    )
    {
        var evaluation = new AssessmentEngine(seeds).Run(BatchRequest.Folder(folder)).OnlyEvaluation;
        if (evaluation.Score is not { } score)
        {
            return (evaluation.Findings, null);
        }

        var a = score.Assessment;
        var path = output ?? $"panel-{a.OrganisationCode}-{a.Year}.xlsx";
        AtomicFile.Write(path, PanelWorkbook.Build(PanelSheetPlan.From(score, AssessmentFingerprint.Of(folder))));
        var measures = score.Competencies.Sum(c => c.Measures.Count) + score.Governance.Sum(g => g.Measures.Count);
        return (
            evaluation.Findings,
            $"{path}: {score.Competencies.Count + score.Governance.Count} sheets, {measures} measures, for "
                + $"{a.OrganisationName} ({a.OrganisationCode}) {a.Year}"
        );
    }
}
