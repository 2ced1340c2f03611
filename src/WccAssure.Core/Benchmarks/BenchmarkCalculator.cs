using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Rules;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// Computes benchmarks from a data set. Each organisation's rate is the CAGR between its first and last periods.
/// The national rate is England's own published series when the data set has one (rows for
/// <see cref="BenchmarkDataSet.NationalCode"/>), since a pooled mean of organisations' values is not the
/// national figure when they differ in size; otherwise national and cluster rates are pooled: Σ numerator / Σ
/// denominator per period when every row has them, else the mean of the values; the CAGR is taken between the pooled
/// first and last periods. The top decile is the 90th percentile and the quartiles the 25th/50th/75th of the
/// organisations' rates, turned so bigger is better, by <see cref="Percentile"/>; an organisation on a cut point
/// belongs to the better quartile.
/// </summary>
internal static class BenchmarkCalculator
{
    public static IReadOnlyList<IndicatorBenchmark> Compute(
        BenchmarkDataSet data,
        IReadOnlyList<IndicatorDefinition> catalogue
    ) =>
        [
            .. data
                .Observations.GroupBy(o => o.Indicator, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                    catalogue.FirstOrDefault(i => i.Id == g.Key) is { } indicator
                        ? Compute(indicator, [.. g], data.Clusters)
                        : null
                )
                .OfType<IndicatorBenchmark>(),
        ];

    public static IndicatorBenchmark Compute(
        IndicatorDefinition indicator,
        IReadOnlyList<Observation> all,
        IReadOnlyDictionary<string, string> clusters
    )
    {
        var england = all.Where(r => IsNational(r.Organisation)).ToList();
        var rows = all.Where(r => !IsNational(r.Organisation)).ToList();
        var from = all.Min(r => r.Year);
        var to = all.Max(r => r.Year);
        var organisations = rows.GroupBy(r => r.Organisation, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Code: g.Key, Rate: Rate(g.ToList())))
            .Where(o => o.Rate is not null)
            .OrderBy(o => o.Code, StringComparer.Ordinal)
            .ToDictionary(o => o.Code, o => o.Rate!.Value, StringComparer.OrdinalIgnoreCase);
        double sign = indicator.Polarity.Sign();
        var adjusted = organisations.Values.Select(v => sign * v).ToList();
        double? Cut(double p) => Percentile.Of(adjusted, p) is { } v ? sign * v : null;
        var (lower, median, upper) = (
            Percentile.Of(adjusted, 0.25),
            Percentile.Of(adjusted, 0.5),
            Percentile.Of(adjusted, 0.75)
        );
        var quartiles = organisations.ToDictionary(
            o => o.Key,
            o =>
                sign * o.Value >= upper ? Quartile.Top
                : sign * o.Value >= median ? Quartile.Upper
                : sign * o.Value >= lower ? Quartile.Lower
                : Quartile.Bottom,
            StringComparer.OrdinalIgnoreCase
        );
        var clusterRates = rows.Where(r => clusters.ContainsKey(r.Organisation))
            .GroupBy(r => clusters[r.Organisation], StringComparer.Ordinal)
            .Select(g => (Cluster: g.Key, Rate: Pooled(g.ToList(), from, to)))
            .Where(c => c.Rate is not null)
            .ToDictionary(c => c.Cluster, c => c.Rate!.Value, StringComparer.Ordinal);
        var national = england.Count > 0 ? Pooled(england, from, to) : Pooled(rows, from, to);
        return new IndicatorBenchmark(
            indicator.Id,
            indicator.Polarity,
            from,
            to,
            national,
            Cut(0.9),
            Cut(0.25),
            Cut(0.5),
            Cut(0.75),
            organisations,
            clusterRates,
            quartiles
        );
    }

    private static bool IsNational(string organisation) =>
        string.Equals(organisation, BenchmarkDataSet.NationalCode, StringComparison.OrdinalIgnoreCase);

    private static double? Rate(IReadOnlyList<Observation> series)
    {
        var first = series.MinBy(r => r.Year)!;
        var last = series.MaxBy(r => r.Year)!;
        return first.Value is { } a && last.Value is { } b && last.Year > first.Year
            ? Cagr.Compute(a, b, last.Year - first.Year, "").Value
            : null;
    }

    /// <summary>The rate of a group treated as one population.</summary>
    public static double? Pooled(IReadOnlyList<Observation> rows, int from, int to)
    {
        var start = Level(rows.Where(r => r.Year == from).ToList());
        var end = Level(rows.Where(r => r.Year == to).ToList());
        return start is { } a && end is { } b && to > from ? Cagr.Compute(a, b, to - from, "").Value : null;
    }

    private static double? Level(IReadOnlyList<Observation> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        if (rows.All(r => r.Numerator is not null && r.Denominator is > 0))
        {
            return rows.Sum(r => r.Numerator!.Value) / rows.Sum(r => r.Denominator!.Value);
        }

        var values = rows.Where(r => r.Value is not null).Select(r => r.Value!.Value).ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
