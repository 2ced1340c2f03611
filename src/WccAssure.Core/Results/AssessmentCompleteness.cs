namespace WccAssure.Core.Results;

/// <summary>
/// How far a draft has got: how many measures have evidence (items or metrics) and a self-rating, and which
/// competencies and governance areas are untouched (nothing written in any measure). An author reads it first.
/// </summary>
public sealed record AssessmentCompleteness(
    int CompetencyMeasures,
    int CompetencyMeasuresWithEvidence,
    int CompetencyMeasuresSelfRated,
    int GovernanceMeasures,
    int GovernanceMeasuresWithEvidence,
    int GovernanceMeasuresSelfRated,
    IReadOnlyList<int> CompetenciesWithEvidence,
    IReadOnlyList<string> AreasWithEvidence,
    IReadOnlyList<int> UntouchedCompetencies,
    IReadOnlyList<string> UntouchedAreas,
    IReadOnlyList<string> UnreadFiles
)
{
    /// <summary>
    /// How far <paramref name="score"/>'s assessment has got; totals are the framework's, so an unread file counts as
    /// not done.
    /// </summary>
    public static AssessmentCompleteness Of(AssessmentScore score)
    {
        var measures = score.Competencies.SelectMany(c => c.Measures).ToList();
        var governance = score.Governance.SelectMany(g => g.Measures).ToList();
        // Totals are the framework's, so a file a draft could not read still counts as not done.
        return new(
            score.Framework.Competencies.Sum(c => c.Measures.Count),
            measures.Count(m => m.Record.HasEvidence),
            measures.Count(m => m.Self is not null),
            score.Framework.Governance.Sum(g => g.Measures.Count),
            governance.Count(m => m.Record.HasEvidence),
            governance.Count(m => m.Record.Self is not null),
            [.. score.Competencies.Where(c => c.HasEvidence).Select(c => c.Definition.Number)],
            [.. score.Governance.Where(g => g.HasEvidence).Select(g => g.Definition.Name)],
            [
                .. score
                    .Competencies.Where(c => c.Measures.All(m => m.Record.IsUntouched))
                    .Select(c => c.Definition.Number),
            ],
            [.. score.Governance.Where(g => g.Measures.All(m => m.Record.IsUntouched)).Select(g => g.Definition.Name)],
            [.. score.Assessment.Unread.Select(u => u.Path)]
        );
    }
}
