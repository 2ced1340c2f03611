using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// The peers' rates of improvement, each a CAGR in percent a year (null when unknown): as outcomes.yaml states them
/// (`benchmarks:`), or computed from a benchmark data set when it states none.
/// </summary>
/// <param name="National">England's rate.</param>
/// <param name="Cluster">The peer group's rate: the ONS cluster's, or the SHA's when no membership is known.</param>
/// <param name="TopDecile">The rate of the best tenth of PCTs.</param>
/// <param name="Source">Where the file says the figures come from; null when computed.</param>
/// <param name="Location">The `benchmarks:` mapping in outcomes.yaml, or the split when computed.</param>
public sealed record BenchmarkRecord(
    StatedNumber? National,
    StatedNumber? Cluster,
    StatedNumber? TopDecile,
    SourceRef? Source,
    SourceLocation Location
);
