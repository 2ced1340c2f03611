using WccAssure.Core.Loading;

namespace WccAssure.Core.Tests;

/// <summary>Dates and periods checked against the assessment year: each slip is a located finding, in words.</summary>
public sealed class DateCheckTests : IDisposable
{
    private readonly string folder = ValidationTests.CopyOfValid();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(
        "period: \"2019\"",
        "error: the series point's period 2019 is after the assessment year 2009-10: it holds a value already "
            + "measured; check the year"
    )]
    [InlineData(
        "period: \"2005-13\"",
        "error: period '2005-13' is not a year (2005), a financial year (2005-06) or pooled years (2003-05): write it "
            + "as one of those"
    )]
    [InlineData(
        "period: \"2008-07\"",
        "error: period '2008-07' is not a year (2005), a financial year (2005-06) or pooled years (2003-05): write it "
            + "as one of those"
    )]
    public void A_series_period_after_the_year_or_not_a_period_is_located(string period, string finding)
    {
        Outcomes($"historic: {{series: [{{period: \"2000\", value: 10}}, {{{period}, value: 9}}]}}");
        var found = Assert.Single(Findings());
        Assert.Equal(finding, found[(found.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        Assert.StartsWith(Path.Combine(folder, "outcomes.yaml") + ":8:", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Pooled_and_financial_year_periods_are_accepted()
    {
        Outcomes(
            "historic: {series: [{period: \"2003-05\", value: 10}, {period: \"2006/07\", value: 9}, {period: "
                + "\"2008-2009\", value: 8}]}"
        );
        Assert.Empty(Findings());
    }

    [Fact]
    public void A_target_before_its_baseline_is_an_error_at_the_target()
    {
        Outcomes("aspiration: {baseline: {period: \"2008\", value: 10}, target: {period: \"2003\", value: 9}}");
        Assert.Equal(
            [
                $"{folder}/outcomes.yaml:8:65: error: the target period 2003 is not after the baseline period 2008 "
                    + $"(line 8): a target is for a later period",
            ],
            Findings()
        );
    }

    [Theory]
    [InlineData(
        "2012-05",
        "warning: panelDate 2012-05 is far from the assessment year 2009-10: its panels sat between 2009-04 and "
            + "2010-12; check the date"
    )]
    [InlineData(
        "2009-03",
        "warning: panelDate 2009-03 is far from the assessment year 2009-10: its panels sat between 2009-04 and "
            + "2010-12; check the date"
    )]
    [InlineData("2010-05-12", null)]
    public void A_panel_date_far_from_the_year_is_a_warning_at_the_date(string date, string? finding)
    {
        Edit("assessment.yaml", "status: self-assessment\n", $"status: self-assessment\npanelDate: {date}\n");
        Assert.Equal(finding is null ? [] : [$"{folder}/assessment.yaml:7:12: {finding}"], Findings());
    }

    [Theory]
    [InlineData("2009-07", null)]
    [InlineData("2009-07-31", null)]
    [InlineData(
        "2011-02",
        "warning: this evidence is dated 2011-02, after the 2009-10 assessment and its panels (by 2010-12): check the "
            + "date"
    )]
    [InlineData(
        "2009-02-30",
        "error: date '2009-02-30' is not a date: write the month as YYYY-MM (2009-07) or the day as YYYY-MM-DD "
            + "(2009-07-31)"
    )]
    [InlineData(
        "July 2009",
        "error: date 'July 2009' is not a date: write the month as YYYY-MM (2009-07) or the day as YYYY-MM-DD "
            + "(2009-07-31)"
    )]
    public void An_evidence_item_may_carry_a_date_checked_against_the_year(string date, string? finding)
    {
        Edit(
            "competencies/c01.yaml",
            "  a:\n    evidence: []\n",
            $"  a:\n    evidence:\n      - {{text: \"Board minutes\", date: \"{date}\"}}\n"
        );
        var findings = Findings().Where(f => !f.Contains("has no 'source:'", StringComparison.Ordinal)).ToList();
        Assert.Equal(finding is null ? [] : [$"{folder}/competencies/c01.yaml:12:39: {finding}"], findings);
        if (finding is null)
        {
            var loaded = new AssessmentLoader(Repo.Seeds).Load(folder);
            Assert.Equal(date, loaded.Assessment!.Competency("c01")!.Measure("a")!.Evidence[0].Date);
        }
    }

    private void Outcomes(string split) =>
        Edit(
            "outcomes.yaml",
            "outcomes: []",
            "outcomes:\n  - number: 1\n    priority: national\n    indicator: infant-mortality\n    " + split
        );

    private List<string> Findings() =>
        [.. new AssessmentLoader(Repo.Seeds).Load(folder).Findings.Select(f => f.ToString())];

    private void Edit(string relative, string from, string to)
    {
        var path = Path.Combine(folder, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
