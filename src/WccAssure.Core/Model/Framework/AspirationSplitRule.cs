namespace WccAssure.Core.Model.Framework;

public sealed record AspirationSplitRule(Condition When, string Judgement);
