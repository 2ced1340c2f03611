namespace WccAssure.Cli.Tests;

/// <summary>The author's commands: validate whatever folder or file is at hand, and look an organisation up.</summary>
public class AuthorCommandTests
{
    [Fact]
    public void Validate_of_an_organisation_folder_validates_its_year_folders()
    {
        var (code, output, _) = Wcc.Run("validate", "assessments/stockport");
        Assert.Equal(0, code);
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Matches(@"^2 assessment\(s\): 0 error\(s\), \d+ warning\(s\)$", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("assessments/stockport/2008-09/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("assessments/stockport/2009-10/", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_of_the_assessments_tree_finds_every_assessment_below()
    {
        var (code, output, _) = Wcc.Run("validate", "assessments");
        Assert.Equal(0, code);
        Assert.Contains("5 assessment(s): 0 error(s)", output);
    }

    [Fact]
    public void Validate_of_one_file_reports_that_file_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-file-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, Wcc.Run("init", "5F7", "--year", "2009-10", "--out", folder).Code);
        var c01 = Path.Combine(folder, "competencies", "c01.yaml");
        var c02 = Path.Combine(folder, "competencies", "c02.yaml");
        File.WriteAllText(
            c01,
            File.ReadAllText(c01).Replace("  a:\n    evidence: []", "  a:\n    self: 5", StringComparison.Ordinal)
        );
        File.WriteAllText(
            c02,
            File.ReadAllText(c02).Replace("  a:\n    evidence: []", "  a:\n    self: 7", StringComparison.Ordinal)
        );
        var (code, output, _) = Wcc.Run("validate", c01);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{folder}/competencies/c01.yaml:15:11: error: 'self' should be a whole number from 1 to 4, found 5\n1 "
                + $"assessment(s): 1 error(s), 0 warning(s)\n",
            output.Replace("\r\n", "\n", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Validate_of_a_folder_without_an_assessment_says_so()
    {
        var empty = Directory.CreateTempSubdirectory("wcc-none-").FullName;
        var (code, output, _) = Wcc.Run("validate", empty);
        Assert.Equal(1, code);
        Assert.StartsWith(
            $"{empty}:1:1: error: no assessment here or below: an assessment folder holds assessment.yaml (wcc init "
                + $"creates one)",
            output
        );
    }

    [Theory]
    [InlineData("wigan", "5HG  Ashton, Leigh and Wigan PCT  North West\n")]
    [InlineData("Stockport PCT", "5F7  Stockport PCT  North West\n")]
    [InlineData("5f7", "5F7  Stockport PCT  North West\n")]
    [InlineData("stokport", "5F7  Stockport PCT  North West\n")]
    public void Orgs_finds_the_code_and_sha(string text, string expected)
    {
        var (code, output, _) = Wcc.Run("orgs", text);
        Assert.Equal(0, code);
        Assert.Equal(expected, output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Orgs_says_when_nothing_matches_and_init_suggests_the_code_for_a_name()
    {
        var (code, _, error) = Wcc.Run("orgs", "atlantis");
        Assert.Equal(1, code);
        Assert.Equal(
            "wcc: no organisation in the register matches 'atlantis'\n",
            error.Replace("\r\n", "\n", StringComparison.Ordinal)
        );
        var init = Wcc.Run(
            "init",
            "Stockport PCT",
            "--year",
            "2009-10",
            "--out",
            Path.Combine(Path.GetTempPath(), "wcc-x-" + Guid.NewGuid().ToString("N"))
        );
        Assert.Equal(2, init.Code);
        Assert.Contains("did you mean 5F7 (Stockport PCT)?", init.Error);
    }

    [Fact]
    public void Init_writes_the_framework_schemas_into_the_folder_and_every_file_points_at_them_wherever_it_is()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-anywhere-" + Guid.NewGuid().ToString("N"), "deep", "draft");
        Assert.Equal(0, Wcc.Run("init", "5HG", "--year", "2009-10", "--out", folder).Code);
        var yamlFiles = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories);
        Assert.Equal(16, yamlFiles.Length);
        foreach (var file in yamlFiles)
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith("# yaml-language-server: $schema=", first);
            var schema = Path.GetFullPath(
                Path.Combine(Path.GetDirectoryName(file)!, first["# yaml-language-server: $schema=".Length..])
            );
            Assert.True(File.Exists(schema), $"{file} points at {schema}");
            Assert.Equal(
                File.ReadAllText(Path.Combine(Wcc.Root, "seeds", "schemas", "wcc-2009-10", Path.GetFileName(schema))),
                File.ReadAllText(schema)
            );
        }

        Assert.Equal(0, Wcc.Run("validate", folder).Code);
    }

    [Fact]
    public void A_misspelt_option_is_bad_usage_with_the_option_it_was_meant_to_be()
    {
        var (code, _, error) = Wcc.Run("score", "assessments/stockport/2009-10", "--fromat", "json");
        Assert.Equal(2, code);
        Assert.StartsWith("wcc: unknown option '--fromat'; did you mean '--format'?", error);
    }

    [Fact]
    public void Report_and_compare_of_a_tree_find_every_assessment_below_it()
    {
        var output = Path.Combine(Path.GetTempPath(), "wcc-tree-" + Guid.NewGuid().ToString("N"));
        var (code, written, _) = Wcc.Run("report", "assessments/stockport", "--out", output);
        Assert.Equal(0, code);
        Assert.Equal(
            ["stockport-pct-2008-09", "stockport-pct-2009-10"],
            Directory.GetDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
        Assert.Contains("stockport-pct-2009-10", written);
        var json = Wcc.Run("score", "assessments", "--format", "json");
        Assert.Equal(0, json.Code);
        using var scores = System.Text.Json.JsonDocument.Parse(json.Output);
        var count =
            scores.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array
                ? scores.RootElement.GetArrayLength()
                : scores.RootElement.GetProperty("assessments").GetArrayLength();
        Assert.Equal(
            Directory
                .GetFiles(Path.Combine(Wcc.Root, "assessments"), "assessment.yaml", SearchOption.AllDirectories)
                .Length,
            count
        );
        var compare = Wcc.Run("compare", "assessments", "--out", Path.Combine(output, "compare"));
        Assert.Equal(0, compare.Code);
        Assert.True(File.Exists(Path.Combine(output, "compare", "compare.html")));
    }
}
