namespace WccAssure.Core.Model.Framework;

/// <summary>Applies to a whole outcome of a given priority when any of its splits meets the condition.</summary>
public sealed record AspirationRowRule(string? Priority, Condition AnySplit, string Judgement);
