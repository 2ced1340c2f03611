namespace WccAssure.Core.Rules;

/// <summary>The result of one condition: whether it held, which names had no value, and any evaluation error.</summary>
public sealed record ConditionOutcome(bool Held, IReadOnlyList<string> Missing, string? Error);
