using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Rules;

/// <summary>
/// Judges an outcome's aspiration by the framework's rules: row rules first (e.g. the national stretch test),
/// then split rules per split; splits that disagree give no statement.
/// </summary>
internal static class AspirationJudge
{
    public static (string? Judgement, string Reason) Judge(
        string priority,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> splits,
        AspirationRules rules
    )
    {
        foreach (var split in splits)
        {
            var missing = rules.Requires.Where(name => split.GetValueOrDefault(name) is null).ToList();
            if (missing.Count > 0)
            {
                return (
                    null,
                    $"no judgement: needs {string.Join(", ", rules.Requires)}; missing "
                        + $"{string.Join(", ", missing.Select(Name))}"
                );
            }
        }

        foreach (var rule in rules.RowRules.Where(r => r.Priority is null || r.Priority == priority))
        {
            if (splits.Any(s => ConditionEvaluator.Evaluate(rule.AnySplit.Expression, s).Held))
            {
                return (rule.Judgement, $"row rule: {rule.AnySplit.Expression}");
            }
        }

        var perSplit = splits
            .Select(s => rules.SplitRules.FirstOrDefault(r => ConditionEvaluator.Evaluate(r.When.Expression, s).Held))
            .ToList();
        if (perSplit.Any(r => r is null))
        {
            return (null, "no split rule applies");
        }

        var judgements = perSplit.Select(r => r!.Judgement).Distinct(StringComparer.Ordinal).ToList();
        return judgements.Count == 1
            ? (judgements[0], $"rule: {perSplit[0]!.When.Expression}")
            : (null, $"no statement: the splits disagree ({string.Join(" / ", perSplit.Select(r => r!.Judgement))})");
    }

    private static string Name(string variable) =>
        variable switch
        {
            "H" => "the PCT's historic rate",
            "N" => "national",
            "C" => "ONS cluster",
            "T" => "top decile",
            "A" => "the aspiration",
            _ => variable,
        };
}
