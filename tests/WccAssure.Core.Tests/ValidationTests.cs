using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Tests;

/// <summary>
/// The checked-in fixtures: a scaffold that validates, and a broken copy with one located finding per problem.
/// </summary>
public class ValidationTests
{
    [Fact]
    public void A_fresh_scaffold_validates()
    {
        var loaded = Repo.Load("tests/fixtures/valid");
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        Assert.Empty(loaded.Findings);
    }

    [Fact]
    public void Every_problem_in_the_broken_fixture_is_reported_at_its_place()
    {
        var loaded = Repo.Load("tests/fixtures/broken");
        Assert.False(loaded.IsValid);
        var actual = loaded.Findings.Select(f => f.ToString().Replace(Repo.Root + "/", "")).ToList();
        var expected = File.ReadAllLines(Repo.Path("tests", "fixtures", "broken.expected.txt"))
            .Where(l => l.Contains(": error: ") || l.Contains(": warning: "))
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("duplicate key 'a'")]
    [InlineData("not UTF-8")]
    [InlineData("aliases (*three)")]
    [InlineData("'}' closes the '[' before it: add ']' first")]
    [InlineData("file not found")]
    [InlineData("unknown measure 'd'")]
    [InlineData("unknown evidence tag 'made-up-tag'")]
    [InlineData("unknown metric 'no_such_metric'")]
    [InlineData("outside its range 0 to 6")]
    [InlineData("should be a whole number from 1 to 4, found 5")]
    [InlineData("a reconstructed value needs a 'note'")]
    [InlineData("source 'nowhere' is not declared")]
    [InlineData("unknown key 'colour'")]
    [InlineData("not a file of this framework")]
    [InlineData("unknown indicator 'not-an-indicator'")]
    public void Each_validation_rule_fires_on_the_broken_fixture(string message) =>
        Assert.Contains(Repo.Load("tests/fixtures/broken").Findings, f =>
            f.Severity == Severity.Error && f.Message.Contains(message, StringComparison.Ordinal)
        );

    [Fact]
    public void A_file_linking_outside_the_folder_is_refused()
    {
        var folder = CopyOfValid();
        var competency = Path.Combine(folder, "competencies", "c01.yaml");
        File.Delete(competency);
        File.CreateSymbolicLink(competency, "/etc/hostname");
        var finding = Assert.Single(new Loading.AssessmentLoader(Repo.Seeds).Load(folder).Findings);
        Assert.Contains("links outside the assessment folder", finding.Message);
        Assert.EndsWith("competencies/c01.yaml", finding.Location.File);
    }

    [Theory]
    [InlineData("organisation: 5PK", "organisation: ZZZ", "organisation 'ZZZ' is not in the register")]
    [InlineData("framework: wcc-2009-10", "framework: ../../etc/passwd", "unknown framework")]
    [InlineData("year: 2009-10", "year: 2008-09", "does not match framework 'wcc-2009-10'")]
    public void Header_references_are_checked(string from, string to, string message)
    {
        var folder = CopyOfValid();
        var header = Path.Combine(folder, "assessment.yaml");
        File.WriteAllText(header, File.ReadAllText(header).Replace(from, to, StringComparison.Ordinal));
        var finding = Assert.Single(new Loading.AssessmentLoader(Repo.Seeds).Load(folder).Findings);
        Assert.Contains(message, finding.Message);
        Assert.EndsWith("assessment.yaml", finding.Location.File);
    }

    [Fact]
    public void A_measure_written_with_nothing_under_it_is_an_empty_draft()
    {
        var folder = CopyOfValid();
        var c01 = Path.Combine(folder, "competencies", "c01.yaml");
        File.WriteAllText(
            c01,
            File.ReadAllText(c01).Replace("  b:\n    evidence: []", "  b:", StringComparison.Ordinal)
        );
        var loaded = new Loading.AssessmentLoader(Repo.Seeds).Load(folder);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        Assert.Empty(loaded.Assessment!.Competency("c01")!.Measure("b")!.Evidence);
    }

    [Theory]
    [InlineData("planned_surplus_pct: true", "metric 'planned_surplus_pct' should be a number")]
    [InlineData("operating_deficit: 7", "metric 'operating_deficit' should be true or false")]
    public void Metric_values_must_have_the_metrics_type(string metric, string message)
    {
        var folder = CopyOfValid();
        var finance = Path.Combine(folder, "governance", "finance.yaml");
        File.WriteAllText(
            finance,
            File.ReadAllText(finance)
                .Replace(
                    "  base-case-sustainability:\n    evidence: []",
                    $"  base-case-sustainability:\n    metrics:\n      {metric}\n    evidence: []",
                    StringComparison.Ordinal
                )
        );
        var finding = Assert.Single(new Loading.AssessmentLoader(Repo.Seeds).Load(folder).Findings);
        Assert.Contains(message, finding.Message);
        Assert.Equal(22, finding.Location.Line);
    }

    [Fact]
    public void Last_years_folder_of_another_organisation_is_not_used()
    {
        var root = Path.Combine(Path.GetTempPath(), "wcc-prev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        Directory.Move(CopyOfValid(), Path.Combine(root, "2009-10"));
        Repo.CopyOf("assessments/trafford/2008-09", Path.Combine(root, "2008-09"));

        var loaded = new Loading.AssessmentLoader(Repo.Seeds).Load(Path.Combine(root, "2009-10"));
        Assert.True(loaded.IsValid);
        Assert.Null(loaded.Assessment!.PreviousYear);
        Assert.Contains("is for organisation 5NR, not 5PK", Assert.Single(loaded.Findings).Message);
    }

    internal static string CopyOfValid() =>
        Repo.CopyOf(
            "tests/fixtures/valid",
            Path.Combine(Path.GetTempPath(), "wcc-test-" + Guid.NewGuid().ToString("N"))
        );
}
