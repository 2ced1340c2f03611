using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// The national indicator data set a run asks for (`--benchmarks FILE [--clusters FILE]`), which fills the outcome
/// benchmarks. <paramref name="ShippedByDefault"/>: without a data set, use the real one in seeds/benchmarks (what
/// a comparison pack does, so its outcome pages are never empty by accident).
/// </summary>
public sealed record BenchmarkRequest(string? DataSet = null, string? Clusters = null, bool ShippedByDefault = false)
{
    /// <summary>The computed table (null when none was asked for), or why the request cannot be met.</summary>
    public ResolvedBenchmarks Resolve(AssessmentEngine engine)
    {
        var dataSet = DataSet;
        if (dataSet is null && Clusters is null && ShippedByDefault && File.Exists(engine.Seeds.DefaultDataSet))
        {
            dataSet = engine.Seeds.DefaultDataSet;
        }

        if (dataSet is null)
        {
            // Cluster rates are computed from the data set, so membership alone gives nothing to compare.
            return Clusters is null ? new ResolvedBenchmarks(null, [], null)
                : new ResolvedBenchmarks(null, [], "--clusters needs --benchmarks (cluster rates are computed from the data set)");
        }

        var (table, findings) = engine.LoadBenchmarks(dataSet, Clusters);
        return new ResolvedBenchmarks(table, findings, null) { Failed = table is null };
    }
}
