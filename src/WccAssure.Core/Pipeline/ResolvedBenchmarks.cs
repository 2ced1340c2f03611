using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What a <see cref="BenchmarkRequest"/> came to: the table (null when none was asked for), the data set's
/// findings, and a <paramref name="Problem"/> with the request itself (bad usage, not bad input).
/// </summary>
public sealed record ResolvedBenchmarks(BenchmarkTable? Table, IReadOnlyList<Finding> Findings, string? Problem)
{
    /// <summary>A data set was asked for and could not be read; its findings say why.</summary>
    public bool Failed { get; init; }

    /// <summary>The run can go on: nothing was asked for, or what was asked for was computed.</summary>
    public bool Usable => Problem is null && !Failed;
}
