namespace WccAssure.Cli.Tests;

public class CompareCommandTests
{
    [Fact]
    public void Compare_over_real_and_synthetic_assessments_writes_the_pack_labelled_synthetic()
    {
        var synthetic = Path.Combine(Path.GetTempPath(), "wcc-synth-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        var (code, stdout, _) = Wcc.Run("synth", "--out", synthetic, "--count", "12", "--seed", "5");
        Assert.Equal(0, code);
        Assert.Contains("12 synthetic assessments", stdout);
        Assert.Equal(2, Wcc.Run("synth", "--out", synthetic).Code);

        string[] folders = [.. Directory.GetDirectories(synthetic).Order().Select(d => Path.Combine(d, "2009-10"))];
        (code, stdout, _) = Wcc.Run(["compare", "assessments/south-staffordshire/2009-10", "assessments/stockport/2008-09", "assessments/stockport/2009-10", .. folders,
            "--benchmarks", Path.Combine(synthetic, "benchmarks-synthetic.csv"), "--clusters", Path.Combine(synthetic, "clusters-synthetic.csv"), "--out", output]);
        Assert.Equal(0, code);
        Assert.Contains("14 organisations, 2009-10, includes synthetic data", stdout);
        var html = File.ReadAllText(Path.Combine(output, "compare.html"));
        Assert.Contains("synthetic-banner", html);
        Assert.Contains("id=\"outcome-table\"", html);
        var csv = File.ReadAllLines(Path.Combine(output, "league.csv"));
        Assert.Equal(15, csv.Length);
        Assert.Equal(12, csv.Count(l => l.Contains(",yes,", StringComparison.Ordinal)));
        Assert.True(new FileInfo(Path.Combine(output, "league.xlsx")).Length > 1000);
    }

    [Fact]
    public void A_bad_data_set_is_reported_with_its_location_and_nothing_is_written()
    {
        var data = Path.GetTempFileName();
        File.WriteAllText(data, "organisation,indicator,period,value\n5PK,infant-mortality,2006,x\n");
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        var (code, _, error) = Wcc.Run("compare", "assessments/south-staffordshire/2009-10", "--benchmarks", data, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains(":2:27: error: 'value' should be a number", error);
        Assert.False(Directory.Exists(output));
    }
}
