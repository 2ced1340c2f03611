using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Pipeline;

/// <summary>Rules that concern several assessments of one batch rather than any one of them.</summary>
internal static class BatchRules
{
    /// <summary>
    /// Two folders for one organisation and year would overwrite each other's report and double a league row.
    /// Neither can be told to be the right one, so both are refused and each names the other.
    /// </summary>
    public static IReadOnlyList<Evaluation> RefuseDuplicates(IReadOnlyList<Evaluation> evaluations)
    {
        var others = evaluations
            .Select((e, index) => (e.Score, Index: index))
            .Where(x => x.Score is not null)
            .GroupBy(x => (x.Score!.Assessment.OrganisationCode, x.Score.Assessment.Year, x.Score.Assessment.Synthetic))
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
                g.Select(x =>
                    (
                        x.Index,
                        Others: g.Where(o => o.Index != x.Index).Select(o => evaluations[o.Index].Folder).ToList()
                    )
                )
            )
            .ToDictionary(x => x.Index, x => x.Others);
        return [.. evaluations.Select((e, index) => others.TryGetValue(index, out var them) ? Refuse(e, them) : e)];
    }

    private static Evaluation Refuse(Evaluation evaluation, IReadOnlyList<string> others)
    {
        var assessment = evaluation.Score!.Assessment;
        var findings = new FindingSink();
        findings.AddRange(evaluation.Findings);
        findings.Error(
            SourceLocation.StartOf($"{evaluation.Folder}/{AssessmentLoader.HeaderFile}"),
            $"{assessment.OrganisationCode} {assessment.Year} is also assessed in {string.Join(" and ", others)}; "
                + $"give one folder per organisation and year"
        );
        return evaluation with { Score = null, Findings = findings.Sorted() };
    }
}
