namespace WccAssure.Core.Model.Framework;

/// <summary>How measure results combine: competency score from measure levels, area rating from measure RAGs.</summary>
public sealed record RollupRules(CompetencyRollup Competency, IReadOnlyList<AreaRatingRule> GovernanceArea);
