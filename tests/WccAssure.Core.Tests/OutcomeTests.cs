using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Rules;

namespace WccAssure.Core.Tests;

public class OutcomeTests
{
    private static readonly SourceLocation At = new("outcomes.yaml", 1, 1);

    private static SeriesPoint Point(string period, double? value, string? placeholder = null) =>
        new(period, new StatedNumber(value, placeholder, Provenance.Stated, At), null, At);

    [Fact]
    public void Cagr_is_the_compound_annual_rate_in_percent()
    {
        // 100 to 121 over two years is 10% a year.
        Assert.Equal(10.0, Cagr.Between(Point("2006", 100), Point("2008", 121)).Value!.Value, 9);
        // A falling rate gives a negative CAGR: 200 to 150 over 3 years.
        Assert.Equal(
            (Math.Pow(0.75, 1.0 / 3) - 1) * 100,
            Cagr.Between(Point("2005-06", 200), Point("2008-09", 150)).Value!.Value,
            9
        );
    }

    [Fact]
    public void Cagr_is_not_computable_when_a_value_is_missing_not_positive_or_the_span_is_empty()
    {
        Assert.Contains("not positive", Cagr.Between(Point("2005", 0), Point("2008", 5)).NotComputable);
        Assert.Contains("not available", Cagr.Between(Point("2005", null), Point("2008", 5)).NotComputable);
        Assert.Contains("'XX%'", Cagr.Between(Point("2005", 3), Point("2008", null, "XX%")).NotComputable);
        Assert.Contains("at least a year", Cagr.Between(Point("2008", 3), Point("2008", 4)).NotComputable);
        Assert.Equal("no baseline", Cagr.Between(null, Point("2008", 4)).NotComputable);
    }

    [Fact]
    public void A_series_uses_its_first_and_last_points_in_time_order()
    {
        var rate = Cagr.OfSeries([Point("2008", 121), Point("2006", 100), Point("2007", 130)]);
        Assert.Equal(10.0, rate.Value!.Value, 9);
        Assert.Equal("computed from 2006 to 2008", rate.How);
    }

    private static IReadOnlyDictionary<string, object?> Split(double? h, double? n, double? c, double? t, double? a) =>
        new Dictionary<string, object?>
        {
            ["H"] = h,
            ["N"] = n,
            ["C"] = c,
            ["T"] = t,
            ["A"] = a,
        };

    private static readonly Model.Framework.AspirationRules Rules = Repo
        .Seeds.Framework("wcc-2009-10")
        .Framework!.Outcomes.Aspiration;

    [Theory]
    [InlineData(-13.5, -8.5, -4.5, 7.5, 1.8, "over-ambitious")] // behind national, aiming past national and cluster
    [InlineData(0.0, 3.0, 9.1, 14.5, 8.6, "ambitious-but-credible")] // behind national, aiming between
    [InlineData(-15.8, -5.7, -7.8, 0.9, -7.7, "might-be-more-aggressive")] // aiming below national
    [InlineData(2.5, 1.5, 0.6, 4.5, 1.2, "ambitious-but-credible")] // ahead of national, at least cluster
    [InlineData(2.5, 1.5, 0.6, 4.5, 0.5, "might-be-more-aggressive")] // ahead of national, below cluster
    [InlineData(2.5, 1.5, 0.6, 4.5, 5.0, "over-ambitious")] // ahead of national, past top decile
    public void Split_rules_classify_sign_adjusted_rates(
        double h,
        double n,
        double c,
        double t,
        double a,
        string expected
    ) => Assert.Equal(expected, AspirationJudge.Judge("local", [Split(h, n, c, t, a)], Rules).Judgement);

    [Fact]
    public void Outcomes_closing_under_a_quarter_of_the_gap_to_the_top_decile_get_the_stretch_recommendation()
    {
        var judged = AspirationJudge.Judge("national", [Split(0.5, 0.4, 0.4, 0.8, 0.5)], Rules);
        Assert.Equal("more-ambitious-trajectory", judged.Judgement);
        Assert.NotEqual(
            "more-ambitious-trajectory",
            AspirationJudge.Judge("local", [Split(0.5, 0.4, 0.4, 0.8, 0.5)], Rules).Judgement
        );
    }

    [Fact]
    public void The_stretch_test_does_not_fire_when_the_pct_already_beats_the_top_decile()
    {
        // Sign-adjusted: H 20 is better than T 14.5; an aspiration of 25 is not a call for more ambition.
        Assert.NotEqual(
            "more-ambitious-trajectory",
            AspirationJudge.Judge("national", [Split(20, 3, 9.1, 14.5, 25)], Rules).Judgement
        );
    }

    [Fact]
    public void Splits_that_disagree_and_missing_values_give_no_statement()
    {
        var mixed = AspirationJudge.Judge(
            "local",
            [Split(2.5, 1.5, 0.6, 4.5, 1.2), Split(2.5, 1.5, 0.6, 4.5, 5.0)],
            Rules
        );
        Assert.Null(mixed.Judgement);
        Assert.Contains("disagree", mixed.Reason);
        var missing = AspirationJudge.Judge("local", [Split(-1.4, -0.1, null, 1.5, 1.9)], Rules);
        Assert.Null(missing.Judgement);
        Assert.Contains("missing ONS cluster", missing.Reason);
    }
}
