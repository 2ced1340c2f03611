using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What a command that scores asks for: the paths the user named (assessment folders, folders holding them, or
/// files of one) and the benchmarks to fill. Everything scoring needs is resolved here, before any folder is read.
/// </summary>
public sealed record BatchRequest(IReadOnlyList<string> Paths, BenchmarkRequest Benchmarks)
{
    /// <summary>The paths are versions of one assessment, compared rather than reported: one organisation and year may appear twice.</summary>
    public bool Versions { get; init; }

    /// <summary>Opens the seeds, resolves the benchmarks and evaluates the batch; stops at the first of them that fails.</summary>
    public BatchRun Run()
    {
        if (SeedLibrary.Open() is not { } seeds)
        {
            return new BatchRun([], SeedLibrary.NotFound, null);
        }

        // The data set is read while the folders load (it is only needed to score them); a batch whose data set
        // turns out unusable is loaded for nothing and not shown.
        var engine = new AssessmentEngine(seeds);
        var resolving = Task.Run(() => Benchmarks.Resolve(engine));
        var batch = engine.EvaluatePaths(Paths, resolving.ContinueWith(r => r.IsCompletedSuccessfully && r.Result.Usable ? r.Result.Table : null, TaskScheduler.Default), Versions);
        var benchmarks = resolving.GetAwaiter().GetResult();
        IReadOnlyList<Finding> findings = [.. seeds.RegisterFindings, .. benchmarks.Findings];
        return benchmarks.Usable ? new BatchRun(findings, null, batch) : new BatchRun(findings, benchmarks.Problem, null);
    }
}
