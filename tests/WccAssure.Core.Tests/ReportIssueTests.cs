using WccAssure.Core.Model;

namespace WccAssure.Core.Tests;

/// <summary>
/// assessment.yaml's version, issue, signOff and statedCounts: read when right, a located finding when wrong, an
/// unsigned draft by default.
/// </summary>
public class ReportIssueTests
{
    [Fact]
    public void Without_the_fields_the_report_is_an_unsigned_draft_of_no_version()
    {
        var loaded = Repo.Load("assessments/south-staffordshire/2009-10");
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        var a = loaded.Assessment!;
        Assert.Same(ReportIssue.Draft, a.Issue);
        Assert.Null(a.Version);
        Assert.Null(a.SignOff.Chair);
        Assert.Null(a.SignOff.Date);
    }

    [Fact]
    public void Version_issue_and_sign_off_are_read()
    {
        var folder = WithHeader("version: \"1.0\"\nissue: final\nsignOff: {chair: Jane Smith, date: 2010-05-12}\n");
        var loaded = new Loading.AssessmentLoader(Repo.Seeds).Load(folder);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        var a = loaded.Assessment!;
        Assert.Equal("1.0", a.Version);
        Assert.Same(ReportIssue.Final, a.Issue);
        Assert.Equal("Jane Smith", a.SignOff.Chair);
        Assert.Equal("2010-05-12", a.SignOff.Date);
    }

    [Fact]
    public void A_null_chair_and_date_are_lines_to_sign()
    {
        var loaded = new Loading.AssessmentLoader(Repo.Seeds).Load(WithHeader("signOff: {chair: null, date: null}\n"));
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        Assert.Equal(Model.Assessment.SignOff.None, loaded.Assessment!.SignOff);
    }

    [Theory]
    [InlineData("issue: finished\n", "'issue'", 7)]
    [InlineData("signOff: {chair: X, date: 2010-05}\n", "date '2010-05' is not a day: write it as YYYY-MM-DD", 7)]
    [InlineData("signOff: {chair: X, date: 2010-02-30}\n", "is not a day", 7)]
    [InlineData("signOff: {chiar: X}\n", "unknown key 'chiar' in signOff; did you mean 'chair'", 7)]
    [InlineData("signOff: Jane Smith\n", "signOff should be a mapping", 7)]
    public void A_wrong_value_is_a_located_error(string lines, string message, int line)
    {
        var finding = Assert.Single(new Loading.AssessmentLoader(Repo.Seeds).Load(WithHeader(lines)).Findings);
        Assert.Equal(Diagnostics.Severity.Error, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("assessment.yaml", finding.Location.File);
        Assert.Equal(line, finding.Location.Line);
    }

    [Fact]
    public void Stated_competency_counts_are_read_and_a_count_the_ratings_contradict_is_a_located_warning()
    {
        var stated = Repo.Load("assessments/south-staffordshire/2009-10").Assessment!.StatedCounts;
        Assert.Equal(7, stated.MetOrExceededSelf!.Count);
        Assert.Equal("panel-report L308", stated.ImprovedOnLastYear!.Source!.ToString());
        Assert.Equal(1, stated.AddedThisYear!.Count);

        var target = Path.Combine(Path.GetTempPath(), "wcc-counts-" + Guid.NewGuid().ToString("N"));
        var folder = Repo.CopyOf("assessments/south-staffordshire/2009-10", target);
        var header = Path.Combine(folder, "assessment.yaml");
        var text = File.ReadAllText(header);
        var wrong = text.Replace(
            "improvedOnLastYear: {count: 8,",
            "improvedOnLastYear: {count: 9,",
            StringComparison.Ordinal
        );
        File.WriteAllText(header, wrong);
        var findings = Repo.ScoreAt(folder).Findings;
        var warning = Assert.Single(findings, f =>
            f.Message.Contains("improved on last year", StringComparison.Ordinal)
        );
        Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
        Assert.Contains("states 9 competencies improved on last year, but the ratings give 8", warning.Message);
        Assert.EndsWith("assessment.yaml", warning.Location.File);
    }

    /// <summary>The valid fixture with <paramref name="lines"/> after its status line (line 6), from line 7.</summary>
    private static string WithHeader(string lines)
    {
        var folder = ValidationTests.CopyOfValid();
        var header = Path.Combine(folder, "assessment.yaml");
        var text = File.ReadAllText(header);
        Assert.Contains("status: self-assessment\n", text);
        const string Status = "status: self-assessment\n";
        File.WriteAllText(header, text.Replace(Status, Status + lines, StringComparison.Ordinal));
        return folder;
    }
}
