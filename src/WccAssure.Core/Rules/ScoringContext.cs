using WccAssure.Core.Benchmarks;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Rules;

/// <summary>
/// Everything scoring needs besides the assessment itself, resolved before it runs so the scorer stays pure:
/// the assessment's framework, the framework of the year before (to tell competencies added this year), the
/// framework last year's assessment was written against, and the national benchmarks when given.
/// </summary>
internal sealed record ScoringContext(
    FrameworkDefinition Framework,
    FrameworkDefinition? PreviousYearFramework = null,
    FrameworkDefinition? PreviousAssessmentFramework = null,
    BenchmarkTable? Benchmarks = null
)
{
    /// <summary>Looks up, in the seed library, the frameworks an assessment's scoring depends on.</summary>
    public static ScoringContext Resolve(
        SeedLibrary seeds,
        AssessmentRecord assessment,
        FrameworkDefinition framework,
        BenchmarkTable? benchmarks = null
    ) =>
        new(
            framework,
            framework.PreviousYear is { } year ? seeds.FrameworkForYear(year) : null,
            assessment.PreviousYear is { } previous ? seeds.Framework(previous.FrameworkId).Framework : null,
            benchmarks
        );
}
