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
        (code, stdout, _) = Wcc.Run([
            "compare",
            "assessments/south-staffordshire/2009-10",
            "assessments/stockport/2008-09",
            "assessments/stockport/2009-10",
            .. folders,
            "--benchmarks",
            Path.Combine(synthetic, "benchmarks-synthetic.csv"),
            "--clusters",
            Path.Combine(synthetic, "clusters-synthetic.csv"),
            "--out",
            output,
        ]);
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
    public void The_pack_workbook_included_is_byte_identical_across_runs()
    {
        IEnumerable<byte[]> Read(string root) =>
            Directory.GetFiles(root).Order(StringComparer.Ordinal).Select(File.ReadAllBytes);
        var first = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        var second = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(
            0,
            Wcc.Run(
                "compare",
                "assessments/south-staffordshire/2009-10",
                "assessments/stockport/2009-10",
                "--out",
                first
            ).Code
        );
        Thread.Sleep(2100); // ZIP entry times have two-second steps: a clock in the workbook would now show
        Assert.Equal(
            0,
            Wcc.Run(
                "compare",
                "assessments/south-staffordshire/2009-10",
                "assessments/stockport/2009-10",
                "--out",
                second
            ).Code
        );
        Assert.Contains(Path.Combine(first, "league.xlsx"), Directory.GetFiles(first));
        Assert.Equal(Read(first), Read(second));
    }

    [Fact]
    public void A_bad_data_set_is_reported_with_its_location_and_nothing_is_written()
    {
        var data = Path.GetTempFileName();
        File.WriteAllText(data, "organisation,indicator,period,value\n5PK,infant-mortality,2006,x\n");
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        var (code, _, error) = Wcc.Run(
            "compare",
            "assessments/south-staffordshire/2009-10",
            "--benchmarks",
            data,
            "--out",
            output
        );
        Assert.Equal(1, code);
        Assert.Contains(":2:27: error: 'value' should be a number", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Compare_of_the_real_assessments_uses_the_shipped_real_data_set_with_sha_peer_groups()
    {
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        string[] folders =
        [
            .. Directory
                .GetDirectories(Path.Combine(Wcc.Root, "assessments"))
                .SelectMany(Directory.GetDirectories)
                .Select(f => Path.GetRelativePath(Wcc.Root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];
        var (code, stdout, error) = Wcc.Run(["compare", .. folders, "--out", output]);
        Assert.True(code == 0, error);
        Assert.Contains("2 organisations, 2009-10", stdout);
        Assert.Contains(
            "outcome benchmarks from ons-cancer-survival-index-pct-1996-2010.csv (the real data set shipped with wcc; "
                + "--benchmarks names another)",
            stdout
        );
        Assert.Contains(
            "One-year cancer survival index (adults 15-99) (cancer-survival-one-year), 1996-2010, CAGR % a year: "
                + "national 0.90, top decile 1.35",
            stdout
        );
        Assert.Contains("5PK South Staffordshire PCT 0.99 (upper quartile); West Midlands SHA 0.90", stdout);
        var html = File.ReadAllText(Path.Combine(output, "compare.html"));
        Assert.Contains(
            "From ons-cancer-survival-index-pct-1996-2010.csv (the real data set shipped with wcc; --benchmarks names "
                + "another).",
            html
        );
        Assert.Contains("<th class=\"num\">SHA rate</th>", html);
        // England 59.7 → 67.7 over 1996–2010 is 0.90% a year; South Staffordshire 59.4 → 68.2 is 0.99%
        // (RealDataSetTests).
        Assert.Contains(
            "<td>5PK</td><td>South Staffordshire PCT</td><td>One-year cancer survival index (adults 15-99)</td><td "
                + "class=\"num\">0.99</td><td>West Midlands</td>",
            html
        );
        Assert.Contains("<td class=\"num\">0.90</td>", html);
        var csv = File.ReadAllLines(Path.Combine(output, "league.csv"));
        Assert.Equal(3, csv.Length);
        Assert.Contains(csv, l =>
            l.StartsWith(
                "2,1,5F7,Stockport PCT,North West,2009-10,self-assessment,no,evidenced,",
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public void The_readme_command_gives_one_row_per_organisation_and_names_the_synthetic_rows_replaced()
    {
        var synthetic = Path.Combine(Path.GetTempPath(), "wcc-synth-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, Wcc.Run("synth", "--out", synthetic, "--seed", "2010").Code);
        string[] real =
        [
            "assessments/south-staffordshire/2009-10",
            "assessments/stockport/2008-09",
            "assessments/stockport/2009-10",
            "assessments/trafford/2008-09",
            "assessments/west-hertfordshire/2008-09",
        ];
        string[] folders =
        [
            .. Directory
                .GetDirectories(synthetic)
                .Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "2009-10")),
        ];
        var (code, stdout, error) = Wcc.Run([
            "compare",
            .. real,
            .. folders,
            "--benchmarks",
            Path.Combine(synthetic, "benchmarks-synthetic.csv"),
            "--clusters",
            Path.Combine(synthetic, "clusters-synthetic.csv"),
            "--out",
            output,
        ]);
        Assert.True(code == 0, error);
        var csv = File.ReadAllLines(Path.Combine(output, "league.csv")).Skip(1).ToList();
        Assert.Equal(151, csv.Count);
        Assert.Equal(151, csv.Select(l => l.Split(',')[2]).Distinct().Count());
        Assert.Contains(
            "note: 5PK 2009-10: the real assessment assessments/south-staffordshire/2009-10 replaces the synthetic",
            stdout
        );
        Assert.Contains(
            "note: 5F7 2009-10: the real assessment assessments/stockport/2009-10 replaces the synthetic",
            stdout
        );
        Assert.Contains(csv, l =>
            l.Contains(",5PK,South Staffordshire PCT,West Midlands,2009-10,panel,no,panel,", StringComparison.Ordinal)
        );
        Assert.Contains("id=\"replaced\"", File.ReadAllText(Path.Combine(output, "compare.html")));
    }
}
