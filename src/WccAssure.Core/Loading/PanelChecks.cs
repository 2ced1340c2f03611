using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Loading;

/// <summary>
/// An assessment that says it carries the panel's ratings must carry every one of them: a report of `status: panel`
/// with gaps would print "Not rated" beside the panel's name. Each measure without a panel rating is named where it
/// is written. An area needs no stated rating of its own: it rolls up from its measures' panel ratings.
/// </summary>
internal static class PanelChecks
{
    public static void Run(AssessmentRecord assessment, FrameworkDefinition framework, FindingSink findings)
    {
        if (assessment.Status != AssessmentStatus.Panel)
        {
            return;
        }

        foreach (var competency in assessment.Competencies)
        {
            var definition = framework.Competency(competency.Id);
            foreach (var measure in competency.Measures.Where(m => m.Panel is null))
            {
                var name = definition?.Measure(measure.Id)?.Name;
                Missing(findings, measure.Location, $"measure {definition?.Number}{measure.Id}{(name is null ? "" : $" ({name})")}");
            }
        }

        foreach (var area in assessment.Governance)
        {
            var definition = framework.Area(area.AreaId);
            foreach (var measure in area.Measures.Where(m => m.Panel is null))
            {
                var shown = definition?.Measure(measure.Id) is { } m ? $"{definition.Name} measure {m.Number} ({m.Name})" : $"measure '{measure.Id}'";
                Missing(findings, measure.Location, shown);
            }
        }
    }

    private static void Missing(FindingSink findings, SourceLocation at, string what) =>
        findings.Error(at, $"status is panel but {what} has no panel rating; add 'panel:' (wcc panel-sheet and panel-apply), or keep status: self-assessment");
}
