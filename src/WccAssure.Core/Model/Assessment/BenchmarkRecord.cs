using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// The peers' rates of improvement as outcomes.yaml states them (`benchmarks:`), each a CAGR in percent a year; a
/// missing one may still come from a benchmark data set.
/// </summary>
/// <param name="National">England's rate.</param>
/// <param name="Cluster">The PCT's ONS cluster's rate.</param>
/// <param name="TopDecile">The rate of the best tenth of PCTs.</param>
/// <param name="Source">Where the file says the figures come from.</param>
/// <param name="Location">The `benchmarks:` mapping in outcomes.yaml.</param>
public sealed record BenchmarkRecord(
    StatedNumber? National,
    StatedNumber? Cluster,
    StatedNumber? TopDecile,
    SourceRef? Source,
    SourceLocation Location
);
