namespace WccAssure.Core.Model.Framework;

/// <summary>The framework's outcome indicators and how an aspiration is judged.</summary>
/// <param name="Indicators">The indicators a PCT may choose; an assessment may declare local ones besides.</param>
/// <param name="Aspiration">The aspiration judgement rules.</param>
public sealed record OutcomeCatalogue(IReadOnlyList<IndicatorDefinition> Indicators, AspirationRules Aspiration);
