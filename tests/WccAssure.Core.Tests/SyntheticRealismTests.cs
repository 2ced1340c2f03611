using WccAssure.Core.Csv;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Synthetic;

namespace WccAssure.Core.Tests;

/// <summary>
/// The synthetic national set looks like real data: each indicator in its real unit, range and direction.
/// </summary>
public class SyntheticRealismTests
{
    private static readonly Lazy<IReadOnlyList<CsvRow>> Rows = new(() =>
    {
        var framework = Repo.Seeds.Framework("wcc-2009-10").Framework!;
        var files = SyntheticNationalSet.Generate(Repo.Seeds.Register.All, framework, 2010);
        var csv = files.Single(f => f.Path == SyntheticNationalSet.DataSetFile).Content;
        return [.. CsvFile.Parse(csv, "synthetic.csv", new FindingSink())!.Skip(1)];
    });

    private static IEnumerable<CsvRow> Of(string indicator) => Rows.Value.Where(r => r[1] == indicator);

    private static double Value(CsvRow row) => double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Every_value_lies_in_the_catalogue_range_of_its_indicator()
    {
        foreach (var indicator in Repo.Seeds.Framework("wcc-2009-10").Framework!.Outcomes.Indicators)
        {
            var values = Of(indicator.Id).Select(Value).ToList();
            Assert.NotEmpty(values);
            var (low, high) = (indicator.Minimum!.Value, indicator.Maximum!.Value);
            Assert.All(values, v => Assert.InRange(v, low * 0.999, high * 1.001)); // rounding of counts aside
        }
    }

    [Fact]
    public void Life_expectancy_is_in_years_and_rises()
    {
        var rows = Of("life-expectancy-males").ToList();
        Assert.All(rows, r => Assert.InRange(Value(r), 70, 85));
        Assert.All(rows, r => Assert.Equal("", r[4])); // a life expectancy has no numerator or denominator
        var rising = rows.GroupBy(r => r[0]).Count(g => Value(g.Last()) > Value(g.First()));
        Assert.True(
            rising > 0.9 * rows.GroupBy(r => r[0]).Count(),
            $"only {rising} organisations' life expectancy rises"
        );
    }

    [Fact]
    public void Mortality_rates_per_100000_fall_and_are_counted()
    {
        var rows = Of("cvd-mortality").ToList();
        Assert.All(rows, r => Assert.NotEqual("", r[4]));
        Assert.All(rows, r =>
            Assert.Equal(Value(r), Math.Round(double.Parse(r[4]) * 100_000 / double.Parse(r[5]), 3), 3)
        );
        var falling = rows.GroupBy(r => r[0]).Count(g => Value(g.Last()) < Value(g.First()));
        Assert.True(
            falling > 0.9 * rows.GroupBy(r => r[0]).Count(),
            $"only {falling} organisations' CVD mortality falls"
        );
    }

    [Fact]
    public void Only_rate_indicators_carry_counts()
    {
        foreach (var indicator in Repo.Seeds.Framework("wcc-2009-10").Framework!.Outcomes.Indicators)
        {
            Assert.All(Of(indicator.Id), r => Assert.Equal(indicator.IsRate, r[4].Length > 0));
        }
    }
}
