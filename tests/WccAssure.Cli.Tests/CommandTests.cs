using System.Text.Json;

namespace WccAssure.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Score_text_shows_stated_counts_rolled_up_areas_and_the_gap_to_the_next_governance_rating()
    {
        var (code, output, _) = Wcc.Run("score", "assessments/south-staffordshire/2009-10");
        Assert.Equal(0, code);
        Assert.Contains("outcomes slipped: 6 (stated", output);
        Assert.DoesNotContain("outcomes slipped: 0", output);
        Assert.Contains("Green†", output);
        Assert.Contains("to reach Green:", output);
        var (_, draft, _) = Wcc.Run("score", "assessments/stockport/2009-10");
        Assert.Contains("outcomes slipped: not recorded", draft);
    }

    [Fact]
    public void Validate_accepts_every_real_assessment()
    {
        var (code, output, _) = Wcc.Run(
            "validate",
            "assessments/south-staffordshire/2009-10",
            "assessments/stockport/2008-09",
            "assessments/stockport/2009-10",
            "assessments/trafford/2008-09",
            "assessments/west-hertfordshire/2008-09"
        );
        Assert.Equal(0, code);
        Assert.Contains("5 assessment(s): 0 error(s)", output);
    }

    [Fact]
    public void Validate_prints_one_located_finding_per_problem_and_exits_non_zero_without_a_stack_trace()
    {
        var (code, output, error) = Wcc.Run("validate", "tests/fixtures/broken");
        Assert.Equal(1, code);
        var expected = File.ReadAllText(Path.Combine(Wcc.Root, "tests", "fixtures", "broken.expected.txt"));
        Assert.Equal(expected, output);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void Init_scaffolds_a_folder_that_validates_and_refuses_to_overwrite()
    {
        var target = Path.Combine(Path.GetTempPath(), "wcc-init-" + Guid.NewGuid().ToString("N"));
        var (code, output, _) = Wcc.Run("init", "5F7", "--year", "2008-09", "--out", target);
        Assert.Equal(0, code);
        Assert.Contains("Stockport PCT", output);
        Assert.Equal(10, Directory.GetFiles(Path.Combine(target, "competencies")).Length);
        Assert.Contains("level 4:", File.ReadAllText(Path.Combine(target, "competencies", "c01.yaml")));
        Assert.Equal(0, Wcc.Run("validate", target).Code);
        Assert.Equal(2, Wcc.Run("init", "5F7", "--year", "2008-09", "--out", target).Code);
        Assert.Equal(2, Wcc.Run("init", "NOPE", "--year", "2008-09", "--out", target + "x").Code);
    }

    [Fact]
    public void Score_json_is_the_documented_contract()
    {
        var (code, output, _) = Wcc.Run("score", "--format", "json", "assessments/south-staffordshire/2009-10");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var assessment = json.RootElement.GetProperty("assessments")[0];
        Assert.Equal("5PK", assessment.GetProperty("organisation").GetString());
        Assert.Equal(7, assessment.GetProperty("counts").GetProperty("metOrExceededSelf").GetInt32());
        Assert.Equal("amber", assessment.GetProperty("governance")[0].GetProperty("rating").GetString());
        var c01b = assessment.GetProperty("competencies")[0].GetProperty("measures")[1];
        Assert.Equal(2, c01b.GetProperty("evidencedLevel").GetInt32());
        Assert.Equal("reconstructed", c01b.GetProperty("panel").GetProperty("provenance").GetString());
        Assert.Equal("is 4.14", c01b.GetProperty("gapToNext")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void Score_is_byte_identical_across_runs()
    {
        var first = Wcc.Run("score", "--format", "json", "assessments/stockport/2009-10").Output;
        var second = Wcc.Run("score", "--format", "json", "assessments/stockport/2009-10").Output;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Score_text_shows_the_tables_and_marks_reconstructions()
    {
        var (code, output, _) = Wcc.Run("score", "assessments/south-staffordshire/2009-10");
        Assert.Equal(0, code);
        Assert.Contains(
            "Met or exceeded self-assessment: 7 of 11; improved on last year: 8 of 10; added this year: 1",
            output
        );
        Assert.Contains("to reach 3: a key stakeholder survey score of", output);
        Assert.Contains("2*", output);
    }

    [Fact]
    public void Score_of_an_invalid_folder_prints_findings_and_exits_1()
    {
        var (code, output, error) = Wcc.Run("score", "tests/fixtures/broken");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("competencies/c02.yaml:5:3: error: duplicate key 'a'", error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("score")]
    [InlineData("score", "--format", "xml", "x")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Wcc.Run(args).Code);

    [Fact]
    public void Schema_writes_one_schema_per_file_kind()
    {
        var target = Path.Combine(Path.GetTempPath(), "wcc-schema-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, Wcc.Run("schema", "--out", target).Code);
        var names = Directory.GetFiles(target).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(
            ["assessment.schema.json", "competency.schema.json", "governance.schema.json", "outcomes.schema.json"],
            names
        );
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "competency.schema.json")));
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
    }
}
