namespace WccAssure.Core.Comparison;

/// <summary>How many organisations sit at each level (the floor of the competency score) for one competency.</summary>
public sealed record LevelDistribution(CompetencyColumn Competency, IReadOnlyList<int> Counts);
