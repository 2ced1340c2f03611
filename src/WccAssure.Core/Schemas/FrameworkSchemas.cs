using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Schemas;

/// <summary>
/// The JSON Schemas of one framework year: the general schemas of the four file kinds, narrowed to the
/// framework's competency and measure ids, evidence tags, metric ids and indicators, each with its name as a
/// description, so an editor offers them while the author types. Generated from the framework file, so the
/// two cannot drift apart; seeds/schemas/&lt;framework&gt;/ holds the shipped copies (a test compares them).
/// </summary>
internal static class FrameworkSchemas
{
    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Each file kind's schema for <paramref name="framework"/>, named as in seeds/schemas (e.g.
    /// competency.schema.json).
    /// </summary>
    public static IReadOnlyList<(string Name, string Content)> Generate(FrameworkDefinition framework) =>
        [
            .. JsonSchemas
                .All()
                .Select(s =>
                    (
                        s.Name,
                        Narrow(s.Name, JsonNode.Parse(s.Content)!.AsObject(), framework).ToJsonString(Written) + "\n"
                    )
                ),
        ];

    private static JsonObject Narrow(string name, JsonObject schema, FrameworkDefinition framework)
    {
        schema["title"] = $"{schema["title"]!.GetValue<string>()} — {framework.Name}";
        var defs = schema["$defs"]?.AsObject();
        if (defs?["evidence"]?["properties"]?["tags"] is JsonObject tags)
        {
            tags["items"] = Choices(framework.Tags.Select(t => (t.Id, t.Description)));
        }

        if (defs?["measure"]?["properties"]?["metrics"] is JsonObject metrics)
        {
            metrics.Remove("additionalProperties");
            metrics["properties"] = Ranged(
                Keyed(
                    framework.Metrics.Select(m => (m.Id, m.Unit is null ? m.Name : $"{m.Name} ({m.Unit})")),
                    "#/$defs/metric"
                ),
                framework.Metrics
            );
            metrics["additionalProperties"] = false;
        }

        var properties = schema["properties"]!.AsObject();
        switch (name)
        {
            case "assessment.schema.json":
                properties["framework"] = new JsonObject { ["const"] = framework.Id, ["description"] = framework.Name };
                properties["year"] = new JsonObject { ["const"] = framework.Year };
                break;
            case "competency.schema.json":
                properties["competency"] = Choices(
                    framework.Competencies.Select(c => (c.Id, $"Competency {c.Number}: {c.Statement}"))
                );
                schema["allOf"] = Cases(
                    "competency",
                    framework.Competencies.Select(c => (c.Id, c.Measures.Select(m => (m.Id, m.Name))))
                );
                break;
            case "governance.schema.json":
                properties["area"] = Choices(framework.Governance.Select(a => (a.Id, a.Name)));
                schema["allOf"] = Cases(
                    "area",
                    framework.Governance.Select(a => (a.Id, a.Measures.Select(m => (m.Id, $"{m.Number}. {m.Name}"))))
                );
                break;
            case "outcomes.schema.json":
                // An assessment may declare its own indicators under localIndicators, so the catalogue is offered, not
                // imposed.
                var indicator = new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        Choices(framework.Outcomes.Indicators.Select(i => (i.Id, i.Name))),
                        new JsonObject { ["type"] = "string" }
                    ),
                };
                var outcome = defs!["outcome"]!["properties"]!.AsObject();
                outcome["indicator"] = indicator.DeepClone();
                outcome["splits"]!["items"]!["properties"]!["indicator"] = indicator;
                break;
        }

        return schema;
    }

    /// <summary>One of the ids, each described: editors show the description beside the completion.</summary>
    private static JsonObject Choices(IEnumerable<(string Id, string Description)> choices)
    {
        var list = choices.ToList();
        return new JsonObject
        {
            ["enum"] = new JsonArray([.. list.Select(c => (JsonNode)JsonValue.Create(c.Id))]),
            ["markdownEnumDescriptions"] = new JsonArray([
                .. list.Select(c => (JsonNode)JsonValue.Create(OneLine(c.Description))),
            ]),
        };
    }

    /// <summary>Keys from a fixed set, each validated by <paramref name="reference"/> and described.</summary>
    private static JsonObject Keyed(IEnumerable<(string Id, string Description)> keys, string reference)
    {
        var properties = new JsonObject();
        foreach (var (id, description) in keys)
        {
            properties[id] = new JsonObject { ["$ref"] = reference, ["description"] = OneLine(description) };
        }

        return properties;
    }

    /// <summary>
    /// Each metric's range, as wcc checks it, on the number written plainly and on the value of the mapping form;
    /// "minimum" applies only to numbers and "properties" only to mappings, so one schema covers both.
    /// </summary>
    private static JsonObject Ranged(JsonObject properties, IEnumerable<MetricDefinition> metrics)
    {
        foreach (var metric in metrics.Where(m => !m.IsBoolean && (m.Min is not null || m.Max is not null)))
        {
            var range = new JsonObject();
            if (metric.Min is { } min)
            {
                range["minimum"] = min;
            }

            if (metric.Max is { } max)
            {
                range["maximum"] = max;
            }

            var property = properties[metric.Id]!.AsObject();
            foreach (var (key, value) in range)
            {
                property[key] = value!.DeepClone();
            }

            property["properties"] = new JsonObject { ["value"] = range };
        }

        return properties;
    }

    /// <summary>For each value of the discriminating key, the measure ids its file may hold.</summary>
    private static JsonArray Cases(
        string key,
        IEnumerable<(string Id, IEnumerable<(string Id, string Name)> Measures)> cases
    ) =>
        [
            .. cases.Select(c =>
                (JsonNode)
                    new JsonObject
                    {
                        ["if"] = new JsonObject
                        {
                            ["properties"] = new JsonObject { [key] = new JsonObject { ["const"] = c.Id } },
                            ["required"] = new JsonArray(key),
                        },
                        ["then"] = new JsonObject
                        {
                            ["properties"] = new JsonObject
                            {
                                ["measures"] = new JsonObject
                                {
                                    ["properties"] = Keyed(c.Measures, "#/$defs/measure"),
                                    ["additionalProperties"] = false,
                                },
                            },
                        },
                    }
            ),
        ];

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
