using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Loading;

/// <summary>
/// Links last year's assessment (the sibling folder named for the framework's previous year) and fills each
/// measure's last-year rating from last year's panel rating where the file gives none.
/// </summary>
internal static class PreviousYear
{
    /// <summary>
    /// Starts reading last year's folder (the sibling named for the framework's previous year) on the thread pool,
    /// so it loads while this year's files do; null when the framework has no previous year or there is no folder.
    /// </summary>
    public static Task<(string Year, LoadResult Loaded)>? Start(
        string folder,
        FrameworkDefinition framework,
        AssessmentLoader loader
    )
    {
        if (framework.PreviousYear is not { } year)
        {
            return null;
        }

        var previous = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder)) ?? ".", year);
        return Directory.Exists(previous)
            ? Task.Run(() => (year, loader.Load(previous, withPreviousYear: false)))
            : null;
    }

    public static AssessmentRecord Apply(
        AssessmentRecord assessment,
        (string Year, LoadResult Loaded) lastYear,
        FindingSink findings
    )
    {
        var (year, previous) = lastYear;
        if (previous.Assessment is null)
        {
            findings.Warning(
                SourceLocation.StartOf(assessment.Folder + "/" + AssessmentLoader.HeaderFile),
                $"last year's folder ({year}) has errors, so its ratings were not used; run wcc validate on it"
            );
            return assessment;
        }

        // A folder is only named for a year; the assessment inside must really be for it, or a copy of this
        // year's assessment in the wrong folder would be taken as its own last year.
        if (previous.Assessment.Year != year)
        {
            findings.Warning(
                SourceLocation.StartOf(assessment.Folder + "/" + AssessmentLoader.HeaderFile),
                $"the {year} folder beside this one holds an assessment for {previous.Assessment.Year}; it was not "
                    + $"used as last year's assessment"
            );
            return assessment;
        }

        if (
            !string.Equals(
                previous.Assessment.OrganisationCode,
                assessment.OrganisationCode,
                StringComparison.OrdinalIgnoreCase
            )
        )
        {
            findings.Warning(
                SourceLocation.StartOf(assessment.Folder + "/" + AssessmentLoader.HeaderFile),
                $"the {year} folder beside this one is for organisation {previous.Assessment.OrganisationCode}, not "
                    + $"{assessment.OrganisationCode}; it was not used as last year's assessment"
            );
            return assessment;
        }

        var note = $"panel rating in the {year} assessment";
        return assessment with
        {
            PreviousYear = previous.Assessment,
            Competencies =
            [
                .. assessment.Competencies.Select(c =>
                    c with
                    {
                        Measures =
                        [
                            .. c.Measures.Select(m =>
                                Fill(m, previous.Assessment.Competency(c.Id)?.Measure(m.Id), note)
                            ),
                        ],
                    }
                ),
            ],
            Governance =
            [
                .. assessment.Governance.Select(g =>
                    g with
                    {
                        Measures =
                        [
                            .. g.Measures.Select(m => Fill(m, previous.Assessment.Area(g.AreaId)?.Measure(m.Id), note)),
                        ],
                    }
                ),
            ],
        };
    }

    private static MeasureRecord<T> Fill<T>(MeasureRecord<T> measure, MeasureRecord<T>? lastYear, string note)
        where T : struct =>
        measure.LastYear is null && lastYear?.Panel is { } panel
            ? measure with
            {
                LastYear = panel with { Provenance = new Provenance(ProvenanceKind.Stated, note, null) },
            }
            : measure;
}
