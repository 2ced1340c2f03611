using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Text;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Readers for the value shapes shared by every assessment file: ratings, numbers, evidence, text.</summary>
internal static class ValueReaders
{
    public static Rating<int>? Level(YamlNode? node, AssessmentReadContext context, string what)
    {
        if (node is null or YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlScalar)
        {
            return NodeValues.Integer(node, context.Findings, what, 1, 4) is { } level
                ? new Rating<int>(level, Provenance.Stated, node.Location)
                : null;
        }

        using var map = MappingReader.Open(node, context.Findings, what);
        var value = map?.Integer("level", 1, 4, required: true);
        var provenance = map is null ? Provenance.Stated : context.Provenance(map);
        return value is null ? null : new Rating<int>(value.Value, provenance, node.Location);
    }

    public static Rating<Rag>? Rag(YamlNode? node, AssessmentReadContext context, string what)
    {
        if (node is null or YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlScalar)
        {
            return
                RatingWords.ParseRag(NodeValues.Choice(node, context.Findings, what, RatingWords.RagWords)) is { } rag
                ? new Rating<Rag>(rag, Provenance.Stated, node.Location)
                : null;
        }

        using var map = MappingReader.Open(node, context.Findings, what);
        var value = RatingWords.ParseRag(map?.Choice("rating", RatingWords.RagWords, required: true));
        var provenance = map is null ? Provenance.Stated : context.Provenance(map);
        return value is null ? null : new Rating<Rag>(value.Value, provenance, node.Location);
    }

    /// <summary>A number, null ("n/a"), or {value, stated, source, provenance, note}.</summary>
    public static StatedNumber? Number(
        YamlNode? node,
        AssessmentReadContext context,
        string what,
        bool presentIfNull = false
    )
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar)
        {
            return scalar.IsNull && !presentIfNull
                ? null
                : new StatedNumber(
                    NodeValues.Number(node, context.Findings, what),
                    null,
                    Provenance.Stated,
                    node.Location
                );
        }

        using var map = MappingReader.Open(node, context.Findings, what);
        if (map is null)
        {
            return null;
        }

        var value = map.Number("value");
        var placeholder = map.Text("stated");
        if (value is not null && placeholder is not null)
        {
            context.Findings.Error(map.Location, $"{what}: give either 'value' or the placeholder 'stated', not both");
        }

        return new StatedNumber(value, placeholder, context.Provenance(map), node.Location);
    }

    public static NarrativeItem? Narrative(YamlNode? node, AssessmentReadContext context, string what)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                NarrativeMarkdown.Check(scalar.Value, node.Location, context.Findings);
                return new NarrativeItem(scalar.Value, null, node.Location);
        }

        using var map = MappingReader.Open(node, context.Findings, what);
        if (map is null)
        {
            return null;
        }

        var text = map.Text("text", required: true);
        NarrativeMarkdown.Check(text, map.LocationOf("text"), context.Findings);
        var source = context.Source(map);
        return text is null ? null : new NarrativeItem(text, source, node.Location);
    }

    /// <summary>
    /// Items of one list of evidence or narrative. A real measure lists under 30; a list of hundreds of thousands
    /// validated and then made a report longer than a template may write, so validate refuses it here, at the
    /// first item past the limit, and only that many are read.
    /// </summary>
    public const int MaxListItems = 500;

    public static IReadOnlyList<NarrativeItem> Narratives(
        MappingReader map,
        string key,
        AssessmentReadContext context
    ) =>
        [
            .. Bounded(map.Items(key), key, context)
                .Select(n => Narrative(n, context, $"an item of '{key}'"))
                .OfType<NarrativeItem>(),
        ];

    public static IReadOnlyList<EvidenceItem> Evidence(MappingReader map, AssessmentReadContext context) =>
        [
            .. Bounded(map.Items("evidence"), "evidence", context)
                .Select(n => EvidenceItem(n, context))
                .OfType<EvidenceItem>(),
        ];

    private static IEnumerable<YamlNode> Bounded(
        IReadOnlyList<YamlNode> items,
        string key,
        AssessmentReadContext context
    )
    {
        if (items.Count > MaxListItems)
        {
            context.Findings.Error(
                items[MaxListItems].Location,
                $"'{key}' lists {items.Count:N0} items; the limit is {MaxListItems:N0} a list, "
                    + "so that the report stays readable and within its size: keep the strongest items and cite the "
                    + "source for the rest"
            );
        }

        return items.Take(MaxListItems);
    }

    private static EvidenceItem? EvidenceItem(YamlNode node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "an evidence item");
        if (map is null)
        {
            return null;
        }

        var text = map.Text("text", required: true) ?? "";
        var tagNodes = map.Optional("tags") is { } list ? NodeValues.Items(list, context.Findings, "'tags'") : [];
        var tags = new List<string>();
        foreach (var tagNode in tagNodes)
        {
            if (NodeValues.Text(tagNode, context.Findings, "a tag") is not { } tag)
            {
                continue;
            }

            if (!context.Framework.Tags.Any(k => k.Id == tag))
            {
                var tagIds = context.Framework.Tags.Select(t => t.Id).ToList();
                context.Findings.Error(
                    tagNode.Location,
                    Suggestions.DidYouMean(tag, tagIds) is { } advice
                        ? $"unknown evidence tag '{NodeValues.Shorten(tag)}'; {advice}"
                        : $"unknown evidence tag '{NodeValues.Shorten(tag)}' (known: {string.Join(", ", tagIds)})"
                );
            }

            tags.Add(tag);
        }

        var date = DateChecks.EvidenceDate(
            map.Text("date"),
            context.Framework.Year,
            map.LocationOf("date"),
            context.Findings
        );
        return new EvidenceItem(text, tags, context.Source(map), node.Location) { Date = date };
    }

    public static IReadOnlyList<MetricValue> Metrics(MappingReader map, AssessmentReadContext context)
    {
        using var metrics = MappingReader.Open(map.Optional("metrics"), context.Findings, "metrics");
        if (metrics is null)
        {
            return [];
        }

        var values = new List<MetricValue>();
        foreach (var (key, node) in metrics.Entries)
        {
            metrics.IsPresent(key.Value);
            var definition = context.Framework.Metric(key.Value);
            if (definition is null)
            {
                var metricIds = context.Framework.Metrics.Select(m => m.Id).ToList();
                context.Findings.Error(
                    key.Location,
                    Suggestions.DidYouMean(key.Value, metricIds) is { } advice
                        ? $"unknown metric '{NodeValues.Shorten(key.Value)}'; {advice}"
                        : $"unknown metric '{NodeValues.Shorten(key.Value)}' (known: {string.Join(", ", metricIds)})"
                );
                continue;
            }

            if (
                definition.IsBoolean
                && (node is YamlMapping m ? m["value"] : node) is YamlScalar { IsNull: false } written
                && !(written.IsPlain && written.Value is "true" or "false")
            )
            {
                context.Findings.Error(
                    written.Location,
                    $"metric '{definition.Id}' should be true or false, {NodeValues.TrueOrFalseHint(written)}"
                );
                continue;
            }

            if (Metric(definition.Id, node, context) is { } value)
            {
                if (
                    definition.IsBoolean != (value.Flag is not null)
                    && (value.Number is not null || value.Flag is not null)
                )
                {
                    context.Findings.Error(
                        value.Location,
                        $"metric '{definition.Id}' should be {(definition.IsBoolean ? "true or false" : "a number")}"
                    );
                    continue;
                }

                CheckRange(value, definition, context.Findings);
                values.Add(value);
            }
        }

        return values;
    }

    private static MetricValue? Metric(string id, YamlNode node, AssessmentReadContext context)
    {
        if (node is YamlScalar { IsPlain: true, Value: "true" or "false" } flag)
        {
            return new MetricValue(id, null, flag.Value == "true", null, Provenance.Stated, node.Location);
        }

        if (
            node is YamlMapping mapping
            && mapping["value"] is YamlScalar { IsPlain: true, Value: "true" or "false" } mapped
        )
        {
            using var map = MappingReader.Open(node, context.Findings, $"metric '{id}'")!;
            map.IsPresent("value");
            return new MetricValue(id, null, mapped.Value == "true", null, context.Provenance(map), node.Location);
        }

        var number = Number(node, context, $"metric '{id}'");
        return number is null
            ? null
            : new MetricValue(id, number.Value, null, number.Placeholder, number.Provenance, node.Location);
    }

    private static void CheckRange(MetricValue value, Model.Framework.MetricDefinition definition, FindingSink findings)
    {
        if (value.Number is not { } number)
        {
            return;
        }

        if ((definition.Min is { } min && number < min) || (definition.Max is { } max && number > max))
        {
            findings.Error(
                value.Location,
                $"metric '{definition.Id}' is {NodeValues.Format(number)}, outside its range "
                    + $"{NodeValues.Format(definition.Min ?? double.NegativeInfinity)} to "
                    + $"{NodeValues.Format(definition.Max ?? double.PositiveInfinity)}"
            );
        }
    }
}
