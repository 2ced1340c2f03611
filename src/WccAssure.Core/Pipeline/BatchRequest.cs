using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What a command that scores asks for: the paths the user named (assessment folders, folders holding them, or
/// files of one) and the benchmarks to fill. Everything scoring needs is resolved here, before any folder is read.
/// </summary>
public sealed record BatchRequest(IReadOnlyList<string> Paths, BenchmarkRequest Benchmarks)
{
    /// <summary>Opens the seeds, resolves the benchmarks and evaluates the batch; stops at the first of them that fails.</summary>
    public BatchRun Run()
    {
        if (SeedLibrary.Open() is not { } seeds)
        {
            return new BatchRun([], SeedLibrary.NotFound, null);
        }

        var engine = new AssessmentEngine(seeds);
        var benchmarks = Benchmarks.Resolve(engine);
        IReadOnlyList<Finding> findings = [.. seeds.RegisterFindings, .. benchmarks.Findings];
        return benchmarks.Usable ? new BatchRun(findings, null, engine.EvaluatePaths(Paths, benchmarks.Table))
            : new BatchRun(findings, benchmarks.Problem, null);
    }
}
