using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// The national indicator data set a run asks for (`--benchmarks FILE [--clusters FILE]`), which fills the outcome
/// benchmarks. <paramref name="ShippedByDefault"/>: without a data set, use the real one in seeds/benchmarks (what
/// a comparison pack does, so its outcome pages are never empty by accident). Before the shipped one, a synthetic
/// set's own data set and cluster file are used when they lie beside the folders named (<see cref="Beside"/>).
/// </summary>
public sealed record BenchmarkRequest(string? DataSet = null, string? Clusters = null, bool ShippedByDefault = false)
{
    /// <summary>The paths the user named, where a synthetic set's own data set may lie.</summary>
    public IReadOnlyList<string> Beside { get; init; } = [];

    /// <summary>The computed table (null when none was asked for), or why the request cannot be met.</summary>
    public ResolvedBenchmarks Resolve(SeedLibrary seeds)
    {
        var dataSet = DataSet;
        var clusters = Clusters;
        var origin = "named with --benchmarks";
        if (dataSet is null && Clusters is null && ShippedByDefault && SyntheticSet() is { } set)
        {
            dataSet = Path.Combine(set, Synthetic.SyntheticNationalSet.DataSetFile);
            clusters = Path.Combine(set, Synthetic.SyntheticNationalSet.ClustersFile);
            clusters = File.Exists(clusters) ? clusters : null;
            origin = "the synthetic set's own, found beside its folders; --benchmarks names another";
        }
        else if (dataSet is null && Clusters is null && ShippedByDefault && File.Exists(seeds.DefaultDataSet))
        {
            dataSet = seeds.DefaultDataSet;
            origin = "the real data set shipped with wcc; --benchmarks names another";
        }

        if (dataSet is null)
        {
            // Cluster rates are computed from the data set, so membership alone gives nothing to compare.
            return Clusters is null
                ? new ResolvedBenchmarks(null, [], null)
                : new ResolvedBenchmarks(
                    null,
                    [],
                    "--clusters needs --benchmarks (cluster rates are computed from the data set)"
                );
        }

        var (table, findings) = Read(seeds, dataSet, clusters);
        return new ResolvedBenchmarks(table is null ? null : table with { Origin = origin }, findings, null)
        {
            Failed = table is null,
        };
    }

    /// <summary>
    /// The national data set as a benchmark table. Every framework year shares the indicator catalogue's ids, and
    /// the newest framework's catalogue is the fullest, so that one decides which indicators are known.
    /// </summary>
    private static (BenchmarkTable? Table, IReadOnlyList<Finding> Findings) Read(
        SeedLibrary seeds,
        string dataSet,
        string? clusters
    )
    {
        var findings = new FindingSink();
        var data = BenchmarkDataSet.Load(dataSet, clusters, findings);
        var framework = seeds
            .FrameworkIds.Select(id => seeds.Framework(id).Framework)
            .LastOrDefault(f => f is not null);
        var table =
            data is null || framework is null
                ? null
                : BenchmarkTable.From(data, framework.Outcomes.Indicators, seeds.Register);
        seeds.Timings?.Mark("benchmark data set read");
        return (table, findings.Sorted());
    }

    /// <summary>
    /// The one synthetic set the named paths lie in (the set's folder, an organisation's or a year's below it), or
    /// null when there is none or more than one, so that nothing is guessed.
    /// </summary>
    private string? SyntheticSet()
    {
        var sets = Beside
            .SelectMany(Upwards)
            .Where(d => File.Exists(Path.Combine(d, Synthetic.SyntheticNationalSet.DataSetFile)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return sets.Count == 1 ? sets[0] : null;
    }

    /// <summary>A path if it is a folder (else its folder), and the two folders above it.</summary>
    private static IEnumerable<string> Upwards(string path)
    {
        var folder = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path));
        for (var i = 0; i < 3 && !string.IsNullOrEmpty(folder); i++, folder = Path.GetDirectoryName(folder))
        {
            yield return folder;
        }
    }
}
