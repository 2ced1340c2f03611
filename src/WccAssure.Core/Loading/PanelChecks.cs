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
            foreach (
                var measure in Unrated(competency.Measures.Select(m => (m.Panel is null, m.Location)), findings)
                    .Select(at => competency.Measures.First(m => m.Location == at))
            )
            {
                var name = definition?.Measure(measure.Id)?.Name;
                Missing(
                    findings,
                    measure.Location,
                    $"measure {definition?.Number}{measure.Id}{(name is null ? "" : $" ({name})")}"
                );
            }
        }

        foreach (var area in assessment.Governance)
        {
            var definition = framework.Area(area.AreaId);
            foreach (
                var measure in Unrated(area.Measures.Select(m => (m.Panel is null, m.Location)), findings)
                    .Select(at => area.Measures.First(m => m.Location == at))
            )
            {
                var shown = definition?.Measure(measure.Id) is { } m
                    ? $"{definition.Name} measure {m.Number} ({m.Name})"
                    : $"measure '{measure.Id}'";
                Missing(findings, measure.Location, shown);
            }
        }
    }

    /// <summary>
    /// The measures with no panel rating, less those whose own lines already hold an error: a `panel:` written out of
    /// range is read as no rating, and its own finding says what to fix; "has no panel rating" beside it would not.
    /// </summary>
    private static IEnumerable<SourceLocation> Unrated(
        IEnumerable<(bool Unrated, SourceLocation At)> measures,
        FindingSink findings
    )
    {
        var all = measures.OrderBy(m => m.At.Line).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var (unrated, at) = all[i];
            var end = i + 1 < all.Count ? all[i + 1].At.Line : int.MaxValue;
            var broken = findings.Findings.Any(f =>
                f.Severity == Severity.Error
                && f.Location.File == at.File
                && f.Location.Line >= at.Line
                && f.Location.Line < end
            );
            if (unrated && !broken)
            {
                yield return at;
            }
        }
    }

    private static void Missing(FindingSink findings, SourceLocation at, string what) =>
        findings.Error(
            at,
            $"status is panel but {what} has no panel rating; add 'panel:' (wcc panel-sheet and panel-apply), or keep "
                + $"status: self-assessment"
        );
}
