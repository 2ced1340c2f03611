using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads the aspiration-judgement rules of a framework.</summary>
internal static class AspirationRulesReader
{
    /// <summary>The sign-adjusted values a rule can use.</summary>
    public static readonly IReadOnlyList<string> Names = ["H", "N", "C", "T", "A"];

    public static AspirationRules Read(YamlNode? node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "aspiration");
        if (map is null)
        {
            return new AspirationRules([], [], [], []);
        }

        var requires = map.TextList("requires");
        foreach (var name in requires.Where(n => !Names.Contains(n)))
        {
            findings.Error(map.LocationOf("requires"), $"'{name}' is not one of {string.Join(", ", Names)}");
        }

        var judgements = map.Items("judgements", required: true)
            .Select(n => ReadJudgement(n, findings))
            .OfType<AspirationJudgementText>()
            .ToList();
        var rules = new AspirationRules(
            requires,
            [.. map.Items("rowRules").Select(n => ReadRowRule(n, findings)).OfType<AspirationRowRule>()],
            [
                .. map.Items("splitRules", required: true)
                    .Select(n => ReadSplitRule(n, findings))
                    .OfType<AspirationSplitRule>(),
            ],
            judgements
        );
        var known = judgements.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        foreach (
            var used in rules
                .RowRules.Select(r => r.Judgement)
                .Concat(rules.SplitRules.Select(r => r.Judgement))
                .Where(j => !known.Contains(j))
        )
        {
            findings.Error(
                map.LocationOf("judgements"),
                $"judgement '{used}' is used by a rule but has no entry in 'judgements'"
            );
        }

        return rules;
    }

    private static AspirationRowRule? ReadRowRule(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "a row rule");
        if (map is null)
        {
            return null;
        }

        var priority = map.Choice("priority", OutcomePriorities.All);
        var condition = FrameworkLoader.ReadCondition(map, "anySplit", findings, Names);
        var judgement = map.Text("judgement", required: true);
        return condition is null || judgement is null ? null : new AspirationRowRule(priority, condition, judgement);
    }

    private static AspirationSplitRule? ReadSplitRule(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "a split rule");
        if (map is null)
        {
            return null;
        }

        var condition = FrameworkLoader.ReadCondition(map, "when", findings, Names);
        var judgement = map.Text("judgement", required: true);
        return condition is null || judgement is null ? null : new AspirationSplitRule(condition, judgement);
    }

    private static AspirationJudgementText? ReadJudgement(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "a judgement");
        return map is null
            ? null
            : new AspirationJudgementText(map.Text("id", required: true) ?? "", map.Text("text", required: true) ?? "");
    }
}
