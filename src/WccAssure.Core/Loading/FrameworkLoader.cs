using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Rules;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads a framework file (seeds/frameworks/*.yaml) into its definition, collecting every finding.</summary>
internal static class FrameworkLoader
{
    public static FrameworkDefinition? Load(string path, string displayName, FindingSink findings)
    {
        var root = YamlFileReader.Read(path, displayName, findings);
        using var map = MappingReader.Open(root, findings, "the framework");
        if (map is null)
        {
            return null;
        }

        var metrics = ReadList(map, "metrics", ReadMetric);
        var metricIds = metrics.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var tags = ReadList(map, "tags", ReadTag);
        var context = new CriterionContext(
            findings,
            metricIds,
            tags.Select(t => t.Id).ToHashSet(StringComparer.Ordinal)
        );
        var framework = new FrameworkDefinition(
            map.Text("id", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            map.Text("year", required: true) ?? "",
            map.Text("previousYear"),
            ReadList(map, "levels", ReadLevelMeaning),
            ReadRollup(map.Optional("rollup"), findings),
            metrics,
            tags,
            ReadList(map, "competencies", (node, f) => ReadCompetency(node, context)),
            ReadList(map, "governance", (node, f) => ReadArea(node, context)),
            ReadOutcomes(map.Required("outcomes"), findings)
        );
        CheckUnique(
            framework.Competencies.Select(c => c.Id),
            map.LocationOf("competencies"),
            "competency id",
            findings
        );
        CheckUnique(
            framework.Governance.Select(a => a.Id),
            map.LocationOf("governance"),
            "governance area id",
            findings
        );
        return framework;
    }

    private sealed record CriterionContext(FindingSink Findings, HashSet<string> MetricIds, HashSet<string> TagIds);

    private static IReadOnlyList<T> ReadList<T>(MappingReader map, string key, Func<YamlNode, FindingSink, T?> read)
        where T : class => [.. map.Items(key, required: true).Select(node => read(node, map.Findings)).OfType<T>()];

    private static LevelMeaning? ReadLevelMeaning(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "a level");
        return map is null
            ? null
            : new LevelMeaning(
                map.Integer("level", 1, 4, required: true) ?? 1,
                map.Text("name", required: true) ?? "",
                map.Text("meaning", required: true) ?? ""
            );
    }

    private static MetricDefinition? ReadMetric(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "a metric");
        return map is null
            ? null
            : new MetricDefinition(
                map.Text("id", required: true) ?? "",
                map.Text("name", required: true) ?? "",
                map.Text("unit"),
                map.Number("min"),
                map.Number("max"),
                map.Choice("type", ["number", "boolean"]) == "boolean"
            );
    }

    private static EvidenceTag? ReadTag(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "an evidence tag");
        return map is null
            ? null
            : new EvidenceTag(map.Text("id", required: true) ?? "", map.Text("description", required: true) ?? "");
    }

    private static RollupRules ReadRollup(YamlNode? node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "rollup");
        var competency =
            map?.Choice("competency", ["mean", "minimum"]) == "minimum"
                ? CompetencyRollup.Minimum
                : CompetencyRollup.Mean;
        var area = map is null
            ? []
            : map.Items("governanceArea").Select(n => ReadAreaRule(n, findings)).OfType<AreaRatingRule>().ToList();
        return new RollupRules(competency, area.Count > 0 ? area : DefaultAreaRules);
    }

    /// <summary>
    /// Used when a framework states no area rule: Red if 2+ Red, Amber if any Red or 2+ Amber, else Green.
    /// </summary>
    private static readonly IReadOnlyList<AreaRatingRule> DefaultAreaRules =
    [
        new(Rag.Red, new Condition("red >= 2", SourceLocation.StartOf("(default)"))),
        new(Rag.Amber, new Condition("red >= 1 || amber >= 2", SourceLocation.StartOf("(default)"))),
        new(Rag.Green, new Condition("true", SourceLocation.StartOf("(default)"))),
    ];

    private static AreaRatingRule? ReadAreaRule(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "an area rule");
        if (map is null)
        {
            return null;
        }

        var rating = RatingWords.ParseRag(map.Choice("rating", RatingWords.RagWords, required: true));
        var when = ReadCondition(map, "when", findings, ["red", "amber", "green", "measures"]);
        return rating is null || when is null ? null : new AreaRatingRule(rating.Value, when);
    }

    internal static Condition? ReadCondition(
        MappingReader map,
        string key,
        FindingSink findings,
        IReadOnlyCollection<string> allowedNames
    )
    {
        var text = map.Text(key, required: true);
        if (text is null)
        {
            return null;
        }

        var location = map.LocationOf(key);
        var (names, error) = ConditionEvaluator.Inspect(text);
        if (error is not null)
        {
            findings.Error(location, $"condition '{NodeValues.Shorten(text)}' does not parse: {error}");
            return null;
        }

        foreach (var name in names.Where(n => !allowedNames.Contains(n)))
        {
            findings.Error(
                location,
                $"condition uses '{name}', which is not a known name here "
                    + $"({string.Join(", ", allowedNames.Order(StringComparer.Ordinal))})"
            );
        }

        return new Condition(text, location);
    }

    private static CompetencyDefinition? ReadCompetency(YamlNode node, CriterionContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a competency");
        if (map is null)
        {
            return null;
        }

        var measures = map.Items("measures", required: true)
            .Select(n => ReadMeasure(n, context))
            .OfType<MeasureDefinition>()
            .ToList();
        CheckUnique(measures.Select(m => m.Id), map.LocationOf("measures"), "measure", context.Findings);
        return new CompetencyDefinition(
            map.Text("id", required: true) ?? "",
            map.Integer("number", 1, 99, required: true) ?? 0,
            map.Text("shortName", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            map.Text("statement", required: true) ?? "",
            measures
        );
    }

    private static MeasureDefinition? ReadMeasure(YamlNode node, CriterionContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a measure");
        if (map is null)
        {
            return null;
        }

        var levels = map.Items("levels", required: true)
            .Select(n => ReadLevel(n, context))
            .OfType<LevelDefinition>()
            .OrderBy(l => l.Level)
            .ToList();
        if (!levels.Select(l => l.Level).SequenceEqual([1, 2, 3, 4]))
        {
            context.Findings.Error(map.LocationOf("levels"), "a measure needs exactly the levels 1, 2, 3 and 4");
        }

        return new MeasureDefinition(
            map.Text("id", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            levels
        );
    }

    private static LevelDefinition? ReadLevel(YamlNode node, CriterionContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a level");
        return map is null
            ? null
            : new LevelDefinition(
                map.Integer("level", 1, 4, required: true) ?? 0,
                map.Text("descriptor", required: true) ?? "",
                ReadCriteria(map, "criteria", context)
            );
    }

    private static IReadOnlyList<Criterion> ReadCriteria(MappingReader map, string key, CriterionContext context) =>
        [.. map.Items(key).Select(n => ReadCriterion(n, context)).OfType<Criterion>()];

    private static Criterion? ReadCriterion(YamlNode node, CriterionContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a criterion");
        if (map is null)
        {
            return null;
        }

        // `tag: x` for one tag; `tags: [x, y]` when one evidence item must show all of them together.
        IReadOnlyList<string> tags =
            map.IsPresent("tags") ? map.TextList("tags")
            : map.Text("tag") is { } one ? [one]
            : [];
        var when = map.IsPresent("when") ? ReadCondition(map, "when", context.Findings, context.MetricIds) : null;
        var description = map.Text("description", required: true) ?? "";
        var kinds =
            (map.IsPresent("tag") ? 1 : 0) + (map.IsPresent("tags") ? 1 : 0) + (map.Optional("when") is null ? 0 : 1);
        if (kinds != 1 || (map.IsPresent("tags") && tags.Count == 0))
        {
            context.Findings.Error(
                map.Location,
                "a criterion needs exactly one of 'tag', 'tags' (a non-empty list) or 'when'"
            );
            return null;
        }

        foreach (var tag in tags.Where(t => !context.TagIds.Contains(t)))
        {
            context.Findings.Error(
                map.LocationOf(map.IsPresent("tags") ? "tags" : "tag"),
                $"unknown evidence tag '{tag}'"
            );
        }

        return new Criterion(tags, when, description, map.Location);
    }

    private static GovernanceAreaDefinition? ReadArea(YamlNode node, CriterionContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a governance area");
        if (map is null)
        {
            return null;
        }

        var measures = map.Items("measures", required: true)
            .Select(n => ReadGovernanceMeasure(n, context))
            .OfType<GovernanceMeasureDefinition>()
            .ToList();
        CheckUnique(measures.Select(m => m.Id), map.LocationOf("measures"), "governance measure", context.Findings);
        return new GovernanceAreaDefinition(
            map.Text("id", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            measures
        );
    }

    private static GovernanceMeasureDefinition? ReadGovernanceMeasure(YamlNode node, CriterionContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a governance measure");
        return map is null
            ? null
            : new GovernanceMeasureDefinition(
                map.Text("id", required: true) ?? "",
                map.Integer("number", 1, 99, required: true) ?? 0,
                map.Text("name", required: true) ?? "",
                ReadCriteria(map, "green", context),
                ReadCriteria(map, "amber", context)
            );
    }

    private static OutcomeCatalogue ReadOutcomes(YamlNode? node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "outcomes");
        if (map is null)
        {
            return new OutcomeCatalogue([], new AspirationRules([], [], [], []));
        }

        var indicators = map.Items("indicators")
            .Select(n => IndicatorReader.Read(n, findings))
            .OfType<IndicatorDefinition>()
            .ToList();
        CheckUnique(indicators.Select(i => i.Id), map.LocationOf("indicators"), "indicator", findings);
        return new OutcomeCatalogue(indicators, AspirationRulesReader.Read(map.Required("aspiration"), findings));
    }

    internal static void CheckUnique(IEnumerable<string> ids, SourceLocation at, string what, FindingSink findings) =>
        CheckUnique(ids.Select(id => (id, at)), what, findings);

    /// <summary>Each repeat is reported where it is written, naming the line of the first use.</summary>
    internal static void CheckUnique(IEnumerable<(string Id, SourceLocation At)> ids, string what, FindingSink findings)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, at) in ids)
        {
            if (!first.TryAdd(id, at))
            {
                findings.Error(
                    at,
                    first[id] == at
                        ? $"{what} '{NodeValues.Shorten(id)}' is used more than once"
                        : $"{what} '{NodeValues.Shorten(id)}' is used more than once (first at line {first[id].Line})"
                );
            }
        }
    }
}
