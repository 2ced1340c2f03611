namespace WccAssure.Core.Benchmarks;

/// <summary>Computed benchmarks by indicator, with cluster membership, ready to fill assessments' outcome tables.</summary>
public sealed record BenchmarkTable(string Name, IReadOnlyList<IndicatorBenchmark> Indicators, IReadOnlyDictionary<string, string> Clusters)
{
    public IndicatorBenchmark? For(string? indicator) => Indicators.FirstOrDefault(i => i.Indicator == indicator);

    public string? ClusterOf(string organisation) => Clusters.GetValueOrDefault(organisation);

    public static BenchmarkTable From(BenchmarkDataSet data, IReadOnlyList<Model.Framework.IndicatorDefinition> catalogue) =>
        new(data.Name, BenchmarkCalculator.Compute(data, catalogue), data.Clusters);
}
