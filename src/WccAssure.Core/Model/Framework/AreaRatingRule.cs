namespace WccAssure.Core.Model.Framework;

/// <summary>An area rating that applies when its condition holds over the counts red, amber, green, measures.</summary>
public sealed record AreaRatingRule(Rag Rating, Condition When);
