using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Output;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Tests;

/// <summary>The editor schemas agree with the loader: every real assessment file passes, a misspelt key fails.</summary>
public class SchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = JsonSchemas.All()
        .ToDictionary(s => s.Name.Replace(".schema.json", "", StringComparison.Ordinal), s => JsonSchema.FromText(s.Content));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("assessments"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_assessment_file_passes_its_schema(string file)
    {
        var result = Evaluate(file, File.ReadAllText(Repo.Path(file)));
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void A_misspelt_key_fails_the_schema()
    {
        var text = File.ReadAllText(Repo.Path("tests", "fixtures", "valid", "competencies", "c01.yaml")).Replace("evidence: []", "evidense: []", StringComparison.Ordinal);
        Assert.False(Evaluate("tests/fixtures/valid/competencies/c01.yaml", text).IsValid);
    }

    private static EvaluationResults Evaluate(string file, string text)
    {
        var kind = file.Contains("/competencies/", StringComparison.Ordinal) ? "competency"
            : file.Contains("/governance/", StringComparison.Ordinal) ? "governance"
            : Path.GetFileNameWithoutExtension(file) is "outcomes" ? "outcomes" : "assessment";
        var node = YamlTreeReader.Read(file, text, new FindingSink());
        return Schemas[kind].Evaluate(JsonSerializer.SerializeToElement(ToJson(node!)), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>YAML to JSON with YAML 1.2 core-schema typing of plain scalars.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalar { IsPlain: true } n when double.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
