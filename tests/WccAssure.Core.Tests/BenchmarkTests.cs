using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Tests;

/// <summary>Benchmark statistics checked against values worked out by hand.</summary>
public class BenchmarkTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.9, 3.7)] // position 2.7: 3 + 0.7 × (4 − 3)
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.25, 1.75)] // position 0.75
    [InlineData(new[] { 4.0, 1, 3, 2 }, 0.5, 2.5)] // order of input does not matter
    [InlineData(new[] { 5.0, 5, 5, 1 }, 0.75, 5.0)] // ties: the cut point is the tied value
    [InlineData(new[] { 7.0 }, 0.9, 7.0)] // a single value is every percentile
    public void Percentiles_interpolate_linearly_as_percentile_inc(double[] values, double p, double expected) =>
        Assert.Equal(expected, Percentile.Of(values, p)!.Value, 9);

    [Fact]
    public void No_values_have_no_percentile() => Assert.Null(Percentile.Of([], 0.5));

    private static Observation Row(
        string org,
        int year,
        double value,
        double? numerator = null,
        double? denominator = null
    ) =>
        new(
            org,
            "x",
            year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            year,
            value,
            numerator,
            denominator
        );

    private static readonly IndicatorDefinition Lower = new("x", "X", null, Polarity.LowerIsBetter, "local");

    [Fact]
    public void National_rates_are_pooled_from_numerators_and_denominators()
    {
        // A: 10/100 → 8/100; B: 30/100 → 27/100. Pooled: 40/200 = 0.2 → 35/200 = 0.175 over 2 years.
        var rows = new[]
        {
            Row("A", 2006, 10, 10, 100),
            Row("A", 2008, 8, 8, 100),
            Row("B", 2006, 30, 30, 100),
            Row("B", 2008, 27, 27, 100),
        };
        var benchmark = BenchmarkCalculator.Compute(Lower, rows, new Dictionary<string, string>());
        Assert.Equal((Math.Sqrt(0.175 / 0.2) - 1) * 100, benchmark.National!.Value, 9);
        Assert.Equal((Math.Sqrt(0.8) - 1) * 100, benchmark.Organisations["A"], 9);
    }

    [Fact]
    public void Without_numerators_the_pooled_level_is_the_mean_of_values()
    {
        var rows = new[] { Row("A", 2006, 10), Row("A", 2007, 5), Row("B", 2006, 30), Row("B", 2007, 35) };
        var benchmark = BenchmarkCalculator.Compute(Lower, rows, new Dictionary<string, string>());
        Assert.Equal(0.0, benchmark.National!.Value, 9); // mean 20 → mean 20
    }

    [Fact]
    public void Top_decile_and_quartiles_rank_improvement_in_the_direction_that_counts()
    {
        // Lower is better: the best organisations have the most negative rates.
        var rows = new[] { -10.0, -5, 0, 5, 10 }
            .SelectMany((rate, i) => new[] { Row($"O{i}", 2007, 100), Row($"O{i}", 2008, 100 * (1 + (rate / 100))) })
            .ToList();
        var benchmark = BenchmarkCalculator.Compute(Lower, rows, new Dictionary<string, string>());
        // Sign-adjusted rates 10, 5, 0, −5, −10: the 90th percentile is at position 3.6 of the sorted list → 8, i.e. −8
        // in the indicator's terms.
        Assert.Equal(-8.0, benchmark.TopDecile!.Value, 6);
        Assert.Equal(0.0, benchmark.Median!.Value, 6);
        Assert.Equal("top", benchmark.Quartiles["O0"].Word);
        Assert.Equal("upper", benchmark.Quartiles["O2"].Word); // on the median: the better quartile
        Assert.Equal("bottom", benchmark.Quartiles["O4"].Word);
    }

    [Fact]
    public void Organisations_missing_a_value_are_left_out_not_guessed()
    {
        var rows = new[]
        {
            Row("A", 2006, 10),
            Row("A", 2008, 8),
            Row("B", 2006, 30),
            new Observation("B", "x", "2008", 2008, null, null, null),
        };
        var benchmark = BenchmarkCalculator.Compute(Lower, rows, new Dictionary<string, string>());
        Assert.Equal(["A"], benchmark.Organisations.Keys.ToList());
        Assert.False(benchmark.Quartiles.ContainsKey("B"));
    }

    [Fact]
    public void Cluster_rates_are_pooled_over_members()
    {
        var rows = new[]
        {
            Row("A", 2006, 10, 10, 100),
            Row("A", 2007, 9, 9, 100),
            Row("B", 2006, 20, 20, 100),
            Row("B", 2007, 21, 21, 100),
            Row("C", 2006, 50, 50, 100),
            Row("C", 2007, 10, 10, 100),
        };
        var clusters = new Dictionary<string, string>
        {
            ["A"] = "k",
            ["B"] = "k",
            ["C"] = "m",
        };
        var benchmark = BenchmarkCalculator.Compute(Lower, rows, clusters);
        Assert.Equal(0.0, benchmark.Clusters["k"], 9); // 30/200 → 30/200
        Assert.Equal(-80.0, benchmark.Clusters["m"], 9);
    }

    [Fact]
    public void A_data_set_with_its_columns_in_another_order_is_refused()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "indicator,organisation,period,value\nx,5PK,2006,1.5\n");
        var findings = new Diagnostics.FindingSink();
        Assert.Null(BenchmarkDataSet.Load(path, null, findings));
        Assert.Contains(
            "the header should be organisation,indicator,period,value",
            Assert.Single(findings.Findings).Message
        );
    }

    [Fact]
    public void A_data_set_with_a_bad_number_is_reported_at_its_line_and_column()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "organisation,indicator,period,value\n5PK,x,2006,1.5\n5PK,x,2008,abc\n");
        var findings = new Diagnostics.FindingSink();
        Assert.Null(BenchmarkDataSet.Load(path, null, findings));
        var finding = Assert.Single(findings.Findings);
        Assert.Equal(3, finding.Location.Line);
        Assert.Equal(12, finding.Location.Column);
    }
}
