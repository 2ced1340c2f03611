namespace WccAssure.Core.Model.Framework;

public sealed record OutcomeCatalogue(IReadOnlyList<IndicatorDefinition> Indicators, AspirationRules Aspiration);

public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
}

public sealed record IndicatorDefinition(string Id, string Name, string? Unit, Polarity Polarity, string Tier);
