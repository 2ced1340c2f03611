namespace WccAssure.Core.Model.Framework;

/// <summary>
/// An outcome indicator of the catalogue. <see cref="Minimum"/> and <see cref="Maximum"/> bound the values a PCT
/// plausibly has, <see cref="Trend"/> is the usual national change in percent a year (its real sign), and
/// <see cref="Per"/> is set only for a rate counted as numerator / denominator × per (deaths per 100,000, % of
/// children); a life expectancy, a survey score or an index has no numerator.
/// </summary>
public sealed record IndicatorDefinition(string Id, string Name, string? Unit, Polarity Polarity, string Tier)
{
    /// <summary>
    /// The lowest value a PCT plausibly has, in the indicator's unit; null when the catalogue gives none.
    /// </summary>
    public double? Minimum { get; init; }

    /// <summary>
    /// The highest value a PCT plausibly has, in the indicator's unit; null when the catalogue gives none.
    /// </summary>
    public double? Maximum { get; init; }

    /// <summary>The usual national change, in percent a year with its real sign; null when not given.</summary>
    public double? Trend { get; init; }

    /// <summary>
    /// The multiplier of a counted rate (100,000 for deaths per 100,000, 100 for a percentage); null when not counted.
    /// </summary>
    public double? Per { get; init; }

    /// <summary>Whether values are counted as numerator / denominator × <see cref="Per"/>.</summary>
    public bool IsRate => Per is not null;
}
