using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Comparison;

/// <summary>How many organisations sit at each level (the floor of the competency score) for one competency.</summary>
public sealed record LevelDistribution(CompetencyColumn Competency, IReadOnlyList<int> Counts);
