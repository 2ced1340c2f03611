using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>Everything the engine derives from one assessment; renderers read this and compute nothing.</summary>
public sealed record AssessmentScore(
    AssessmentRecord Assessment,
    FrameworkDefinition Framework,
    IReadOnlyList<CompetencyScore> Competencies,
    IReadOnlyList<GovernanceAreaScore> Governance,
    IReadOnlyList<OutcomeScore> Outcomes,
    ScoreCounts Counts,
    IReadOnlyList<Finding> Findings
)
{
    /// <summary>How far the assessment has got, counted afresh on each read.</summary>
    public AssessmentCompleteness Completeness => AssessmentCompleteness.Of(this);
}
