using WccAssure.Core.Loading;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// Computed benchmarks by indicator, with the peer group each organisation belongs to (its ONS cluster, or its
/// SHA when no cluster membership was given), ready to fill assessments' outcome tables.
/// </summary>
public sealed record BenchmarkTable(
    string Name,
    IReadOnlyList<IndicatorBenchmark> Indicators,
    IReadOnlyDictionary<string, string> Clusters
)
{
    /// <summary>What <see cref="Clusters"/> groups by.</summary>
    public PeerGroup PeerGroup { get; init; } = PeerGroup.OnsCluster;

    /// <summary>
    /// How the data set came to be used, in words: named with --benchmarks, a synthetic set's own, or shipped.
    /// </summary>
    public string Origin { get; init; } = "named with --benchmarks";

    /// <summary>
    /// The benchmarks of the indicator with id <paramref name="indicator"/>, or null when the data set has none for it.
    /// </summary>
    public IndicatorBenchmark? For(string? indicator) => Indicators.FirstOrDefault(i => i.Indicator == indicator);

    /// <summary>The organisation's peer group: its cluster, or its SHA.</summary>
    public string? ClusterOf(string organisation) => Clusters.GetValueOrDefault(organisation);

    /// <summary>
    /// The benchmarks of <paramref name="data"/> for the indicators of <paramref name="catalogue"/>, with peers grouped
    /// by the data set's own cluster membership only.
    /// </summary>
    public static BenchmarkTable From(BenchmarkDataSet data, IReadOnlyList<IndicatorDefinition> catalogue) =>
        From(data, catalogue, null);

    /// <summary>
    /// Without cluster membership the peer group is the SHA, taken from the register (ONS cluster membership of
    /// 2009/10 PCTs is not in the sources).
    /// </summary>
    public static BenchmarkTable From(
        BenchmarkDataSet data,
        IReadOnlyList<IndicatorDefinition> catalogue,
        OrganisationRegister? register
    )
    {
        if (data.HasClusters || register is null)
        {
            return new(data.Name, BenchmarkCalculator.Compute(data, catalogue), data.Clusters);
        }

        var shas = register
            .All.Where(o => o.Code.Length > 0 && o.Sha.Length > 0)
            .ToDictionary(o => o.Code, o => o.Sha, StringComparer.OrdinalIgnoreCase);
        var bySha = data with { Clusters = shas };
        return new(data.Name, BenchmarkCalculator.Compute(bySha, catalogue), shas) { PeerGroup = PeerGroup.Sha };
    }
}
