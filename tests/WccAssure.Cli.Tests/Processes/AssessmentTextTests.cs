namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Narrative Markdown that a renderer chokes on, and growth rates that overflow: each passed `validate` and then
/// ended `report` or `score --format json` with an internal error. Each must be a located finding from every command.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class AssessmentTextTests
{
    [Theory]
    [InlineData("quotes")]
    [InlineData("bullets")]
    [InlineData("ordered")]
    [InlineData("images")]
    [InlineData("indented lists")]
    public void Markdown_nested_130_levels_deep_is_a_located_finding_from_every_command(string shape)
    {
        const int levels = 130;
        var text = shape switch
        {
            "quotes" => string.Concat(Enumerable.Repeat("> ", levels)) + "deep",
            "bullets" => string.Concat(Enumerable.Repeat("- ", levels)) + "deep",
            "ordered" => string.Concat(Enumerable.Repeat("1. ", levels)) + "deep",
            "images" => string.Concat(Enumerable.Repeat("![", levels))
                + "x"
                + string.Concat(Enumerable.Repeat("](https://example.org/i.png)", levels)),
            _ => string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', i * 2) + "- x\n"))[..9_000],
        };
        using var scratch = new Scratch();
        var at = scratch.Rationale(text);
        Refusal.AssertEveryCommandRefuses(scratch, at, "Markdown", allCommands: shape is "quotes" or "images");
    }

    [Theory]
    [InlineData("[a](b", 1_900)] // unclosed link destinations: reading time grows with the square of the count
    [InlineData("[](", 3_000)]
    public void Markdown_whose_reading_time_grows_with_the_square_of_its_length_is_refused_quickly(
        string unit,
        int count
    )
    {
        using var scratch = new Scratch();
        var at = scratch.Rationale(string.Concat(Enumerable.Repeat(unit, count)));
        var result = WccProcess
            .Run(new RunOptions(Limit: TimeSpan.FromSeconds(30)), "validate", scratch.Folder)
            .AssertExit(1);
        result.AssertFinding(at, "'[' characters");
        Refusal.AssertEveryCommandRefuses(scratch, at, "'[' characters", allCommands: false);
    }

    [Fact]
    public void A_narrative_longer_than_the_limit_is_refused_at_its_place()
    {
        using var scratch = new Scratch();
        var at = scratch.Rationale(string.Concat(Enumerable.Repeat("All words and no structure. ", 400)));
        Refusal.AssertEveryCommandRefuses(scratch, at, "the limit is 10,000", allCommands: false);
    }

    [Theory]
    [InlineData("1e-300", "1e300")] // the ratio overflows to infinity
    [InlineData("1", "1e300")] // finite, but no trend grows 10^300-fold in a year
    public void A_series_whose_growth_rate_overflows_is_a_finding_never_NaN_or_Infinity(string from, string to)
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            $$"""
            outcomes:
              - number: 1
                priority: national
                indicator: infant-mortality
                historic:
                  series:
                    - {period: 2006-07, value: {{from}}}
                    - {period: 2007-08, value: {{to}}}
            """
        );
        Refusal.AssertEveryCommandRefuses(scratch, scratch.At("outcomes.yaml", 10, 9), "too large to be a real trend");
    }

    [Fact]
    public void A_stated_growth_rate_out_of_all_range_is_a_finding()
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            "outcomes:\n  - {number: 1, priority: national, indicator: infant-mortality, historic: {cagr: 1e300}, "
                + "benchmarks: {national: -250}}"
        );
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(1);
        result.AssertFinding(
            scratch.At("outcomes.yaml", 5, 83),
            "a growth rate of 1E+300 % a year is outside what a trend can be"
        );
        result.AssertFinding(
            scratch.At("outcomes.yaml", 5, 114),
            "a growth rate of -250 % a year is outside what a trend can be"
        );
    }

    [Fact]
    public void A_large_but_plausible_growth_rate_is_scored_as_finite_numbers()
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            """
            outcomes:
              - number: 1
                priority: national
                indicator: infant-mortality
                historic: {series: [{period: 2005-06, value: 0.001}, {period: 2008-09, value: 900}]}
                aspiration: {baseline: {period: 2008-09, value: 900}, target: {period: 2010-11, value: 1e-9}}
            """
        );
        var json = WccProcess.Run("score", scratch.Folder, "--format", "json").AssertExit(0);
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        InertOutput.AssertText("score.json", json.Output);
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);
        InertOutput.AssertFolder(scratch.ReportFolder);
    }
}
