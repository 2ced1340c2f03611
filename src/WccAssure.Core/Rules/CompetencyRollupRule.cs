using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Rules;

/// <summary>A competency's score from its measure levels: the mean (a decimal 1.00–4.00) or the minimum.</summary>
internal static class CompetencyRollupRule
{
    public static double? Score(IReadOnlyList<int?> levels, CompetencyRollup rollup)
    {
        if (levels.Count == 0 || levels.Any(l => l is null))
        {
            return null;
        }

        var values = levels.Select(l => (double)l!.Value).ToList();
        return rollup == CompetencyRollup.Minimum ? values.Min() : values.Average();
    }
}
