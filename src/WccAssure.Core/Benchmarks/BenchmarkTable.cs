using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// Computed benchmarks by indicator, with the peer group each organisation belongs to (its ONS cluster, or its
/// SHA when no cluster membership was given), ready to fill assessments' outcome tables.
/// </summary>
public sealed record BenchmarkTable(string Name, IReadOnlyList<IndicatorBenchmark> Indicators, IReadOnlyDictionary<string, string> Clusters)
{
    /// <summary>What <see cref="Clusters"/> groups by.</summary>
    public PeerGroup PeerGroup { get; init; } = PeerGroup.OnsCluster;

    public IndicatorBenchmark? For(string? indicator) => Indicators.FirstOrDefault(i => i.Indicator == indicator);

    /// <summary>The organisation's peer group: its cluster, or its SHA.</summary>
    public string? ClusterOf(string organisation) => Clusters.GetValueOrDefault(organisation);

    public static BenchmarkTable From(BenchmarkDataSet data, IReadOnlyList<IndicatorDefinition> catalogue) => From(data, catalogue, null);

    /// <summary>
    /// Loads a data set (and optional cluster membership) against the newest framework's indicator catalogue and the
    /// register's SHAs; null with findings when it has errors.
    /// </summary>
    public static BenchmarkTable? Load(string path, string? clustersPath, SeedLibrary seeds, FindingSink findings)
    {
        var data = BenchmarkDataSet.Load(path, clustersPath, findings);
        // Every framework year shares the indicator catalogue's ids; the newest one's catalogue is the fullest.
        var framework = seeds.FrameworkIds.Select(id => seeds.Framework(id).Framework).LastOrDefault(f => f is not null);
        return data is null || framework is null ? null : From(data, framework.Outcomes.Indicators, seeds.Register);
    }

    /// <summary>
    /// Without cluster membership the peer group is the SHA, taken from the register (ONS cluster membership of
    /// 2009/10 PCTs is not in the sources).
    /// </summary>
    public static BenchmarkTable From(BenchmarkDataSet data, IReadOnlyList<IndicatorDefinition> catalogue, OrganisationRegister? register)
    {
        if (data.HasClusters || register is null)
        {
            return new(data.Name, BenchmarkCalculator.Compute(data, catalogue), data.Clusters);
        }

        var shas = register.All.Where(o => o.Code.Length > 0 && o.Sha.Length > 0)
            .ToDictionary(o => o.Code, o => o.Sha, StringComparer.OrdinalIgnoreCase);
        var bySha = data with { Clusters = shas };
        return new(data.Name, BenchmarkCalculator.Compute(bySha, catalogue), shas) { PeerGroup = PeerGroup.Sha };
    }
}
