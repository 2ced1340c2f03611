using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Results;

namespace WccAssure.Core.Rules;

/// <summary>Compound annual growth rate, in percent: (end / start)^(1 / years) − 1.</summary>
public static class Cagr
{
    /// <summary>
    /// The rate from <paramref name="start"/> to <paramref name="end"/> over the years between their periods, in
    /// percent a year and not adjusted for polarity; not computable when a point is missing or unknown, or they are
    /// under a year apart.
    /// </summary>
    public static Derived Between(SeriesPoint? start, SeriesPoint? end)
    {
        if (start is null || end is null)
        {
            return Derived.Missing(start is null ? "no baseline" : "no end value");
        }

        if ((Unknown(start) ?? Unknown(end)) is { } unknown)
        {
            return Derived.Missing(unknown);
        }

        var years = Periods.StartYear(end.Period) - Periods.StartYear(start.Period);
        if (years is null or <= 0)
        {
            return Derived.Missing($"the periods {start.Period} and {end.Period} do not span at least a year");
        }

        return Compute(
            start.Value.Value!.Value,
            end.Value.Value!.Value,
            years.Value,
            $"computed from {start.Period} to {end.Period}"
        );
    }

    /// <summary>
    /// The rate from <paramref name="start"/> to <paramref name="end"/> over <paramref name="years"/>, in percent a
    /// year; not computable unless both values are positive and the rate is plausible. <paramref name="how"/> is the
    /// trace's account of where the values came from.
    /// </summary>
    public static Derived Compute(double start, double end, int years, string how)
    {
        if (start <= 0 || end <= 0)
        {
            return Derived.Missing(
                $"a value is not positive ({start.ToString(System.Globalization.CultureInfo.InvariantCulture)} to "
                    + $"{end.ToString(System.Globalization.CultureInfo.InvariantCulture)}), so a growth rate is "
                    + $"undefined"
            );
        }

        // Values a few hundred orders of magnitude apart overflow to infinity; a rate that large is a typing
        // error, and it must never reach a chart or the JSON as Infinity or NaN.
        var rate = (Math.Pow(end / start, 1.0 / years) - 1) * 100;
        return IsPlausible(rate)
            ? new Derived(rate, how, null)
            : Derived.Missing(TooLarge + $" ({Show(start)} to {Show(end)} in {years} year(s))");
    }

    /// <summary>The largest rate, in percent a year, that is taken as a rate rather than a mistake.</summary>
    public const double MaxPercent = 1_000_000;

    /// <summary>
    /// The start of the reason given when a rate is out of range, so loading can report it as a finding.
    /// </summary>
    public const string TooLarge = "the growth rate is too large to be a real trend";

    /// <summary>A growth rate cannot fall below −100 % (the value would have to become negative).</summary>
    public static bool IsPlausible(double rate) => double.IsFinite(rate) && rate >= -100 && rate <= MaxPercent;

    private static string Show(double value) => value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The historic rate between the series' first and last points; give the points of the period wanted (usually 3
    /// years).
    /// </summary>
    public static Derived OfSeries(IReadOnlyList<SeriesPoint> series)
    {
        var ordered = series.OrderBy(p => Periods.StartYear(p.Period)).ToList();
        return ordered.Count < 2
            ? Derived.Missing("a series needs at least two points")
            : Between(ordered[0], ordered[^1]);
    }

    private static string? Unknown(SeriesPoint point) =>
        point.Value switch
        {
            { Placeholder: { } placeholder } =>
                $"the {point.Period} value is unknown (the source printed '{placeholder}')",
            { Value: null } => $"the {point.Period} value is not available",
            _ => null,
        };
}
