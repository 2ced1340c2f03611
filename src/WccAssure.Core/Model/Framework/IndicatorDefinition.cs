namespace WccAssure.Core.Model.Framework;

/// <summary>
/// An outcome indicator of the catalogue. <see cref="Minimum"/> and <see cref="Maximum"/> bound the values a PCT
/// plausibly has, <see cref="Trend"/> is the usual national change in percent a year (its real sign), and
/// <see cref="Per"/> is set only for a rate counted as numerator / denominator × per (deaths per 100,000, % of
/// children); a life expectancy, a survey score or an index has no numerator.
/// </summary>
public sealed record IndicatorDefinition(string Id, string Name, string? Unit, Polarity Polarity, string Tier)
{
    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? Trend { get; init; }

    public double? Per { get; init; }

    public bool IsRate => Per is not null;
}
