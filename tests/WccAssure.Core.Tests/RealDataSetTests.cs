using System.Security.Cryptography;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using static WccAssure.Core.Tests.OnsCancerSurvivalConversion;

namespace WccAssure.Core.Tests;

/// <summary>
/// The real national data set (ONS one-year cancer survival index by PCT) is reproducible from the workbook shipped
/// beside it, keyed by code through written-down data, and gives the figures worked by hand from the source rows.
/// Set WCC_UPDATE_DATA=1 to rewrite the shipped CSV from the workbook after a reviewed change to the mapping.
/// </summary>
public class RealDataSetTests
{
    private static string InFolder(string file) => Repo.Path(Folder, file);

    [Fact]
    public void The_shipped_csv_is_the_conversion_of_the_shipped_workbook()
    {
        var converted = ToDataSet(InFolder(Workbook), InFolder(Mapping));
        if (Environment.GetEnvironmentVariable("WCC_UPDATE_DATA") == "1")
        {
            File.WriteAllText(InFolder(DataSet), converted);
        }

        Assert.Equal(converted, File.ReadAllText(InFolder(DataSet)));
    }

    [Fact]
    public void The_workbook_is_the_byte_for_byte_copy_of_the_ons_publication_as_found()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(InFolder(Workbook))));
        Assert.Equal("988a95b27fa7e67479a7cb1223b555a8f9c3a9892197be2934b8e4ef9cd4ea00", hash);
    }

    [Fact]
    public void Every_source_row_maps_to_one_code_and_register_names_agree()
    {
        var source = ReadWorkbook(InFolder(Workbook));
        var mapping = ReadMapping(InFolder(Mapping));
        Assert.Equal(152, source.Count); // England and 151 PCTs
        Assert.Equal(source.Select(s => (s.Region, s.Name)).Order(), mapping.Keys.Order());
        Assert.Equal(mapping.Count, mapping.Values.Distinct().Count());
        Assert.All(source, s => Assert.Equal(15, s.Values.Count)); // 1996–2010, none missing

        // Where the mapping names the register entry, the register agrees with it.
        var rows = Csv
            .CsvFile.Read(InFolder(Mapping), Mapping, new FindingSink())!
            .Skip(1)
            .Where(r => r[3].Length > 0)
            .ToList();
        Assert.Equal(149, rows.Count); // all but England, Hertfordshire and Solihull, which the register cannot take
        Assert.All(rows, r => Assert.Equal(r[3], Repo.Seeds.Register.Find(r[2])?.Name));
    }

    [Fact]
    public void The_data_set_loads_cleanly()
    {
        var findings = new FindingSink();
        var data = BenchmarkDataSet.Load(InFolder(DataSet), null, findings);
        Assert.Empty(findings.Findings);
        Assert.Equal(152 * 15, data!.Observations.Count);
    }

    [Fact]
    public void National_and_pct_rates_are_the_ones_worked_by_hand_from_the_source_rows()
    {
        // Worked by hand from the workbook, Table 2 (one-year survival index, adults 15–99), 1996 and 2010 columns:
        // England (row 7):              59.7 → 67.7   (67.7 / 59.7)^(1/14) − 1 = 1.13400…^(0.0714286) − 1 = 0.902290 %
        // %   South Staffordshire (row 82): 59.4 → 68.2   (68.2 / 59.4)^(1/14) − 1 = 1.14815…^(0.0714286) − 1 =
        // 0.991673 %   Stockport (row 40):           57.8 → 69.9   (69.9 / 57.8)^(1/14) − 1 = 1.20934…^(0.0714286) − 1
        // = 1.366950 %
        var data = BenchmarkDataSet.Load(InFolder(DataSet), null, new FindingSink())!;
        var framework = Repo.Seeds.FrameworkForYear("2009-10")!;
        var table = BenchmarkTable.From(data, framework.Outcomes.Indicators, Repo.Seeds.Register);
        var survival = table.For(Indicator)!;
        Assert.Equal((1996, 2010), (survival.FromYear, survival.ToYear));
        Assert.Equal(0.902290, survival.National!.Value, 6); // England's own row, not a mean of PCTs
        Assert.Equal(0.991673, survival.Organisations["5PK"], 6);
        Assert.Equal(1.366950, survival.Organisations["5F7"], 6);
        Assert.False(survival.Organisations.ContainsKey(BenchmarkDataSet.NationalCode));
        Assert.Equal(151, survival.Organisations.Count);

        // No cluster membership was given, so the peer group is the SHA.
        Assert.Equal(PeerGroup.Sha, table.PeerGroup);
        Assert.Equal("West Midlands", table.ClusterOf("5PK"));
        // The North West SHA's 24 PCTs, pooled as the mean of their values (an index has no counts):
        //   1996: 1348.2 / 24 = 56.1750; 2010: 1594.9 / 24 = 66.4542; (66.4542 / 56.1750)^(1/14) − 1 = 1.207523 %
        Assert.Equal(1.207523, survival.Clusters["North West"], 6);
    }
}
