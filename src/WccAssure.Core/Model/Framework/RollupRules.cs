namespace WccAssure.Core.Model.Framework;

/// <summary>How measure results combine: competency score from measure levels, area rating from measure RAGs.</summary>
public sealed record RollupRules(CompetencyRollup Competency, IReadOnlyList<AreaRatingRule> GovernanceArea);

public enum CompetencyRollup
{
    Mean,
    Minimum,
}

/// <summary>An area rating that applies when its condition holds over the counts red, amber, green, measures.</summary>
public sealed record AreaRatingRule(Rag Rating, Condition When);
