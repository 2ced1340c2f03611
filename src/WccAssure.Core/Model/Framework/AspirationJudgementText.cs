namespace WccAssure.Core.Model.Framework;

/// <summary>The sentence a report prints for one aspiration judgement.</summary>
/// <param name="Id">The judgement's id the rules name ("over-ambitious").</param>
/// <param name="Text">The sentence, in the framework's words.</param>
public sealed record AspirationJudgementText(string Id, string Text);
