using System.Text.Json;

namespace WccAssure.Cli.Tests;

/// <summary>Cases a code review found: each once ended in a crash, a silent overwrite or a missing label.</summary>
public class RobustnessTests
{
    private static string Temp() => Path.Combine(Path.GetTempPath(), "wcc-robust-" + Guid.NewGuid().ToString("N"));

    private static string CopyOf(string relative, string target)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Wcc.Root, relative), "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Path.Combine(Wcc.Root, relative), file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_is_reported_not_crashed()
    {
        var file = Path.GetTempFileName();
        var (code, _, error) = Wcc.Run("report", "assessments/trafford/2008-09", "--out", file);
        Assert.Equal(1, code);
        Assert.StartsWith("wcc: cannot write the output:", error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void Two_folders_for_one_organisation_and_year_are_refused()
    {
        var root = Temp();
        var a = CopyOf("assessments/trafford/2008-09", Path.Combine(root, "a", "2008-09"));
        var b = CopyOf("assessments/trafford/2008-09", Path.Combine(root, "b", "2008-09"));
        var output = Temp();
        var (code, _, error) = Wcc.Run("report", a, b, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains($"{b}/assessment.yaml:1:1: error: 5NR 2008-09 is also assessed in {a}", error);
        Assert.Contains($"{a}/assessment.yaml:1:1: error: 5NR 2008-09 is also assessed in {b}", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Duplicates_are_refused_and_the_other_assessments_are_still_reported()
    {
        var root = Temp();
        var a = CopyOf("assessments/trafford/2008-09", Path.Combine(root, "a", "2008-09"));
        var b = CopyOf("assessments/trafford/2008-09", Path.Combine(root, "b", "2008-09"));
        var output = Temp();
        var (code, stdout, error) = Wcc.Run("report", a, "assessments/stockport/2009-10", b, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains($"2 of 3 assessment(s) could not be scored (findings above): {a}, {b}", error);
        Assert.Equal(["stockport-pct-2009-10"], Directory.GetDirectories(output).Select(Path.GetFileName));
        Assert.Contains("stockport-pct-2009-10/: report.html, report.md, scorecard.csv", stdout);
    }

    [Fact]
    public void A_folder_named_for_last_year_holding_this_years_assessment_is_not_taken_as_last_year()
    {
        var root = Temp();
        var current = CopyOf("assessments/stockport/2009-10", Path.Combine(root, "stockport", "2009-10"));
        CopyOf("assessments/stockport/2009-10", Path.Combine(root, "stockport", "2008-09"));
        var (code, stdout, error) = Wcc.Run("validate", current);
        Assert.Equal(0, code);
        Assert.Contains(
            "the 2008-09 folder beside this one holds an assessment for 2009-10; it was not used as last year's "
                + "assessment",
            stdout + error
        );
    }

    [Fact]
    public void Synthetic_assessments_are_labelled_in_every_output()
    {
        var synthetic = Temp();
        Assert.Equal(0, Wcc.Run("synth", "--out", synthetic, "--count", "1", "--seed", "-5").Code);
        var folder = Path.Combine(Directory.GetDirectories(synthetic).Single(), "2009-10");
        var (code, json, _) = Wcc.Run("score", "--format", "json", folder);
        Assert.Equal(0, code);
        Assert.True(
            JsonDocument.Parse(json).RootElement.GetProperty("assessments")[0].GetProperty("synthetic").GetBoolean()
        );
        Assert.Contains("SYNTHETIC DATA", Wcc.Run("score", folder).Output);
        var output = Temp();
        Assert.Equal(0, Wcc.Run("report", folder, "--out", output).Code);
        var report = Directory.GetDirectories(output).Single();
        Assert.StartsWith("synthetic-", Path.GetFileName(report));
        Assert.Contains("synthetic-banner", File.ReadAllText(Path.Combine(report, "report.html")));
        Assert.Contains("**SYNTHETIC**", File.ReadAllText(Path.Combine(report, "report.md")));
        Assert.All(File.ReadAllLines(Path.Combine(report, "scorecard.csv")).Skip(1), line =>
            Assert.EndsWith(",yes", line)
        );
    }

    [Theory]
    [InlineData("--year", "2010-11")]
    [InlineData("--sha", "Nowhere")]
    public void Compare_with_nothing_to_compare_is_a_usage_error(string option, string value)
    {
        var output = Temp();
        var (code, _, error) = Wcc.Run("compare", "assessments/trafford/2008-09", option, value, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("no assessment matches", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Clusters_without_a_data_set_are_refused()
    {
        var (code, _, error) = Wcc.Run("score", "assessments/trafford/2008-09", "--clusters", "x.csv");
        Assert.NotEqual(0, code);
        Assert.Contains("--clusters needs --benchmarks", error);
    }
}
