using WccAssure.Core.Benchmarks;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Results;
using WccAssure.Core.Rules;

namespace WccAssure.Testing;

/// <summary>
/// How tests and the benchmark score: through the engine, or the scorer alone for a record made in memory.
/// </summary>
public static class Scoring
{
    /// <summary>One assessment folder through the engine, as every command evaluates it.</summary>
    public static Evaluation Evaluate(SeedLibrary seeds, string folder) =>
        new AssessmentEngine(seeds).Run(BatchRequest.Folder(folder)).OnlyEvaluation;

    /// <summary>The score of a folder that must be valid; its findings are the failure's message otherwise.</summary>
    public static AssessmentScore Score(SeedLibrary seeds, string folder)
    {
        var evaluation = Evaluate(seeds, folder);
        return evaluation is { Failed: false, Score: { } score }
            ? score
            : throw new InvalidOperationException(string.Join("\n", evaluation.Findings));
    }

    /// <summary>
    /// The scorer alone, with what the engine would resolve for it: for an assessment a test edited in memory, and
    /// for the benchmark, which times loading and scoring apart. Everything else goes through the engine.
    /// </summary>
    public static AssessmentScore Score(
        SeedLibrary seeds,
        AssessmentRecord assessment,
        FrameworkDefinition framework,
        BenchmarkTable? benchmarks = null
    ) => AssessmentScorer.Score(assessment, ScoringContext.Resolve(seeds, assessment, framework, benchmarks));
}
