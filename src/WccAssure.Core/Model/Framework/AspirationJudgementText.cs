namespace WccAssure.Core.Model.Framework;

public sealed record AspirationJudgementText(string Id, string Text);
