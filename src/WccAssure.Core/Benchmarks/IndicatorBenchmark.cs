using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// The benchmarks of one indicator computed from a data set: national and cluster pooled rates, the top-decile
/// and quartile cut points of every organisation's rate of improvement, and each organisation's quartile.
/// Rates are CAGRs in percent, in the indicator's own direction (negative is good when lower is better).
/// </summary>
public sealed record IndicatorBenchmark(
    string Indicator,
    Polarity Polarity,
    int FromYear,
    int ToYear,
    double? National,
    double? TopDecile,
    double? LowerQuartile,
    double? Median,
    double? UpperQuartile,
    IReadOnlyDictionary<string, double> Organisations,
    IReadOnlyDictionary<string, double> Clusters,
    IReadOnlyDictionary<string, Quartile> Quartiles
);
