namespace WccAssure.Core.Model.Framework;

/// <summary>Judges one split's aspiration; the first rule whose condition holds gives the judgement.</summary>
/// <param name="When">The condition over H, N, C, T and A (see <see cref="AspirationRules"/>).</param>
/// <param name="Judgement">The id of the judgement it gives.</param>
public sealed record AspirationSplitRule(Condition When, string Judgement);
