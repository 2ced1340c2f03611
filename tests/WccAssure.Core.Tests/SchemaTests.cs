using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Schemas;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Tests;

/// <summary>
/// The editor schemas agree with the loader: every real assessment file passes, a misspelt key fails.
/// </summary>
public class SchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = JsonSchemas
        .All()
        .ToDictionary(
            s => s.Name.Replace(".schema.json", "", StringComparison.Ordinal),
            s => JsonSchema.FromText(s.Content)
        );

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (
            var file in Directory
                .EnumerateFiles(Repo.Path("assessments"), "*.yaml", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
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
        Assert.True(
            result.IsValid,
            string.Join(
                "\n",
                (result.Details ?? [])
                    .Where(d => d.Errors is not null)
                    .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
            )
        );
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_assessment_file_passes_the_schema_of_its_framework_year(string file)
    {
        var framework = "wcc-" + file.Replace('\\', '/').Split('/')[2];
        var result = Evaluate(file, File.ReadAllText(Repo.Path(file)), framework);
        Assert.True(
            result.IsValid,
            string.Join(
                "\n",
                (result.Details ?? [])
                    .Where(d => d.Errors is not null)
                    .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
            )
        );
    }

    [Theory]
    [InlineData("wcc-2008-09")]
    [InlineData("wcc-2009-10")]
    public void The_shipped_schemas_of_a_framework_year_are_the_ones_generated_from_its_framework_file(string id)
    {
        var framework = Repo.Seeds.Framework(id).Framework!;
        foreach (var (name, content) in FrameworkSchemas.Generate(framework))
        {
            Assert.Equal(content, File.ReadAllText(Repo.Path("seeds", "schemas", id, name)));
        }
    }

    [Theory]
    [InlineData("evidence: []", "evidence: [{text: x, tags: [stakeholder-feedbak]}]")]
    [InlineData("evidence: []", "metrics: {stakeholder_survy: 4}")]
    [InlineData("  c:\n", "  d:\n")]
    public void A_misspelt_tag_metric_or_measure_fails_the_schema_of_the_framework_year(string from, string to)
    {
        var text = File.ReadAllText(Repo.Path("tests", "fixtures", "valid", "competencies", "c01.yaml"));
        Assert.True(Evaluate("tests/fixtures/valid/competencies/c01.yaml", text, "wcc-2009-10").IsValid);
        Assert.False(
            Evaluate(
                "tests/fixtures/valid/competencies/c01.yaml",
                text.Replace(from, to, StringComparison.Ordinal),
                "wcc-2009-10"
            ).IsValid
        );
    }

    [Fact]
    public void The_schemas_offer_the_ids_of_the_framework_year()
    {
        var competency = JsonNode.Parse(
            File.ReadAllText(Repo.Path("seeds", "schemas", "wcc-2009-10", "competency.schema.json"))
        )!;
        var tags = competency["$defs"]!["evidence"]!["properties"]!["tags"]!["items"]!["enum"]!
            .AsArray()
            .Select(t => t!.GetValue<string>());
        Assert.Contains("stakeholder-feedback", tags);
        var metrics = competency["$defs"]!["measure"]!["properties"]!["metrics"]!["properties"]!
            .AsObject()
            .Select(p => p.Key);
        Assert.Contains("stakeholder_survey", metrics);
        var outcomes = JsonNode.Parse(
            File.ReadAllText(Repo.Path("seeds", "schemas", "wcc-2009-10", "outcomes.schema.json"))
        )!;
        var indicators = outcomes["$defs"]!["outcome"]!["properties"]!["indicator"]!["anyOf"]![0]!["enum"]!
            .AsArray()
            .Select(t => t!.GetValue<string>());
        Assert.Contains("smoking-quitters", indicators);
    }

    /// <summary>
    /// The editor and wcc give one verdict on each case: a red squiggle on a file wcc accepts, or none on one it
    /// rejects, teaches the author to ignore one of them. Cases a schema cannot say (a source id declared in
    /// assessment.yaml, a date such as 2010-02-30) are left to wcc.
    /// </summary>
    [Theory]
    [InlineData(
        "governance/finance.yaml",
        "historical-financial-management:\n    evidence: []",
        "historical-financial-management:\n    self: Amber",
        true
    )]
    [InlineData(
        "governance/finance.yaml",
        "historical-financial-management:\n    evidence: []",
        "historical-financial-management:\n    self: \"amber \"",
        true
    )]
    [InlineData(
        "governance/finance.yaml",
        "historical-financial-management:\n    evidence: []",
        "historical-financial-management:\n    panel: {rating: GREEN, provenance: Stated}",
        true
    )]
    [InlineData(
        "governance/finance.yaml",
        "historical-financial-management:\n    evidence: []",
        "historical-financial-management:\n    self: Ambr",
        false
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    metrics: {stakeholder_survey: 4.6}",
        true
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    metrics: {stakeholder_survey: 46}",
        false
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    metrics: {stakeholder_survey: {value: -1}}",
        false
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    evidence: [{text: x, source: none, date: \"2009-07\"}]",
        true
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    evidence: [{text: x, source: none, date: \"July 2009\"}]",
        false
    )]
    [InlineData(
        "assessment.yaml",
        "status: self-assessment\n",
        "status: Self-Assessment\npanelDate: 2010-05-12\n",
        true
    )]
    [InlineData(
        "assessment.yaml",
        "status: self-assessment\n",
        "status: self-assessment\npanelDate: \"2010-05\"\n",
        true
    )]
    [InlineData(
        "assessment.yaml",
        "status: self-assessment\n",
        "status: self-assessment\npanelDate: 12/05/2010\n",
        false
    )]
    [InlineData("assessment.yaml", "status: self-assessment\n", "status: self-assessment\npanelDate: 2010-13\n", false)]
    public void The_schema_of_the_framework_year_and_wcc_give_the_same_verdict(
        string file,
        string from,
        string to,
        bool accepted
    )
    {
        var folder = ValidationTests.CopyOfValid();
        try
        {
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
            if (to.Contains("source: none", StringComparison.Ordinal))
            {
                var assessment = Path.Combine(folder, "assessment.yaml");
                File.WriteAllText(
                    assessment,
                    File.ReadAllText(assessment)
                        .Replace("sources: []", "sources: [{id: none, title: Notes}]", StringComparison.Ordinal)
                );
            }

            var findings = new Loading.AssessmentLoader(Repo.Seeds).Load(folder).Findings;
            Assert.Equal(accepted, !findings.Any(f => f.Severity == Severity.Error));
            var schema = Evaluate("tests/fixtures/valid/" + file, File.ReadAllText(path), "wcc-2009-10");
            Assert.True(
                accepted == schema.IsValid,
                $"wcc {(accepted ? "accepts" : "rejects")} it, the schema does not: {string.Join("; ", findings)}"
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("version: \"1.0\"\nissue: final\nsignOff: {chair: Jane Smith, date: 2010-05-12}\n", true)]
    [InlineData("version: 1.0\nissue: draft\nsignOff: {chair: null, date: null}\n", true)]
    [InlineData("issue: finished\n", false)]
    [InlineData("signOff: {chiar: Jane Smith}\n", false)]
    [InlineData("signOff: {date: 2010-05}\n", false)]
    public void The_schemas_check_the_cover_and_sign_off_fields(string lines, bool valid)
    {
        var text = File.ReadAllText(Repo.Path("tests", "fixtures", "valid", "assessment.yaml"))
            .Replace("status: self-assessment\n", "status: self-assessment\n" + lines, StringComparison.Ordinal);
        Assert.Equal(valid, Evaluate("tests/fixtures/valid/assessment.yaml", text).IsValid);
        Assert.Equal(valid, Evaluate("tests/fixtures/valid/assessment.yaml", text, "wcc-2009-10").IsValid);
    }

    [Fact]
    public void A_misspelt_key_fails_the_schema()
    {
        var text = File.ReadAllText(Repo.Path("tests", "fixtures", "valid", "competencies", "c01.yaml"))
            .Replace("evidence: []", "evidense: []", StringComparison.Ordinal);
        Assert.False(Evaluate("tests/fixtures/valid/competencies/c01.yaml", text).IsValid);
    }

    private static EvaluationResults Evaluate(string file, string text, string? framework = null)
    {
        var kind =
            file.Contains("/competencies/", StringComparison.Ordinal) ? "competency"
            : file.Contains("/governance/", StringComparison.Ordinal) ? "governance"
            : Path.GetFileNameWithoutExtension(file) is "outcomes" ? "outcomes"
            : "assessment";
        var node = YamlTreeReader.Read(file, text, new FindingSink());
        var schema = framework is null ? Schemas[kind] : ForFramework(framework, kind);
        return schema.Evaluate(
            JsonSerializer.SerializeToElement(ToJson(node!)),
            new EvaluationOptions { OutputFormat = OutputFormat.List }
        );
    }

    private static JsonSchema ForFramework(string framework, string kind)
    {
        lock (FrameworkSchemasCache)
        {
            var key = $"{framework}/{kind}";
            if (!FrameworkSchemasCache.TryGetValue(key, out var schema))
            {
                // Each framework year declares the same $id-less documents, so they are built without registering them
                // globally.
                schema = JsonSchema.FromText(
                    File.ReadAllText(Repo.Path("seeds", "schemas", framework, kind + ".schema.json")),
                    new BuildOptions { SchemaRegistry = new SchemaRegistry() }
                );
                FrameworkSchemasCache[key] = schema;
            }

            return schema;
        }
    }

    private static readonly Dictionary<string, JsonSchema> FrameworkSchemasCache = [];

    /// <summary>YAML to JSON with YAML 1.2 core-schema typing of plain scalars.</summary>
    private static JsonNode? ToJson(YamlNode node) =>
        node switch
        {
            YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
            YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
            YamlScalar { IsNull: true } => null,
            YamlScalar { IsPlain: true, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
            YamlScalar { IsPlain: true } n
                when double.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) =>
                JsonValue.Create(d),
            YamlScalar s => JsonValue.Create(s.Value),
            _ => null,
        };
}
