namespace WccAssure.Core.Model.Framework;

/// <summary>
/// The aspiration judgement as data. Values are sign-adjusted so bigger is better: H the PCT's historic CAGR,
/// N national, C cluster, T top decile, A the aspiration.
/// </summary>
public sealed record AspirationRules(
    IReadOnlyList<string> Requires,
    IReadOnlyList<AspirationRowRule> RowRules,
    IReadOnlyList<AspirationSplitRule> SplitRules,
    IReadOnlyList<AspirationJudgementText> Judgements
)
{
    /// <summary>
    /// The sentence for judgement id <paramref name="judgement"/>, or the id itself when the framework gives none.
    /// </summary>
    public string TextOf(string judgement) => Judgements.FirstOrDefault(j => j.Id == judgement)?.Text ?? judgement;
}
