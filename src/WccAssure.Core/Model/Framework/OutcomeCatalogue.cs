namespace WccAssure.Core.Model.Framework;

public sealed record OutcomeCatalogue(IReadOnlyList<IndicatorDefinition> Indicators, AspirationRules Aspiration);
