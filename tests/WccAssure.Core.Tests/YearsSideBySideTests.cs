using WccAssure.Core.Comparison;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Synthetic;

namespace WccAssure.Core.Tests;

/// <summary>
/// A pack over several years uses every one: the league is one year's, each organisation's years stand side by side,
/// the SHA means are taken per year, and what the scope leaves out is counted, never dropped without a word.
/// </summary>
public class YearsSideBySideTests
{
    private static readonly AssessmentEngine Engine = new(Repo.Seeds);

    private static ComparisonPack Pack(string? year = null, string? sha = null) =>
        ComparisonBuilder.Build(
            Engine.Run(new BatchRequest([Repo.Path("assessments")])).Batch!.Scores,
            year,
            sha,
            null
        );

    [Fact]
    public void Every_year_is_used_and_stockport_has_both_beside_each_other()
    {
        var pack = Pack();
        Assert.Equal([new YearCoverage("2008-09", 3, 0, false), new YearCoverage("2009-10", 2, 0, true)], pack.Years);
        Assert.Equal(11, pack.YearCompetencies.Count);
        var stockport = pack.Organisations.Single(o => o.Code == "5F7");
        Assert.Equal(["2008-09", "2009-10"], stockport.Years.Select(y => y.Year));
        Assert.Null(stockport.Of("2008-09")!.Competencies[10]); // C11 is new in 2009-10
        Assert.NotNull(stockport.Of("2009-10")!.Competencies[10]);
        Assert.Equal(pack.League.Single(r => r.Code == "5F7").Total, stockport.Of("2009-10")!.Total);
        Assert.Contains("life-expectancy-males", stockport.Of("2008-09")!.Outcomes.Keys);
        Assert.Equal(4, pack.Organisations.Count); // Stockport, Trafford, West Hertfordshire, South Staffordshire
    }

    [Fact]
    public void Sha_means_are_per_year_over_every_organisation_of_that_year()
    {
        var pack = Pack();
        var northWest = pack.Means.Where(m => m.Sha == "North West").ToDictionary(m => m.Year);
        var rows2008 = pack
            .Organisations.Where(o => o.Sha == "North West")
            .Select(o => o.Of("2008-09"))
            .OfType<LeagueRow>()
            .ToList();
        Assert.Equal(rows2008.Count, northWest["2008-09"].Organisations);
        Assert.Equal(rows2008.Average(r => r.Total), northWest["2008-09"].MeanTotal, 9);
        Assert.Equal(1, northWest["2009-10"].Organisations);
        var overall = pack.Means.Where(m => m.Sha is null).ToList();
        Assert.Equal([3, 2], overall.Select(m => m.Organisations));
    }

    [Fact]
    public void A_pack_of_one_sha_counts_the_assessments_of_other_shas_it_leaves_out()
    {
        var pack = Pack(sha: "North West");
        Assert.All(pack.Organisations, o => Assert.Equal("North West", o.Sha));
        Assert.Equal(5, pack.Years.Sum(y => y.Organisations) + pack.Years.Sum(y => y.OtherShas));
        Assert.True(pack.Years.Sum(y => y.OtherShas) > 0);
        Assert.Equal(["North West", null], pack.Means.Where(m => m.Year == "2008-09").Select(m => m.Sha));
    }

    [Theory]
    [InlineData("assessments/stockport/2009-10", "assessments/stockport/2009-10")]
    [InlineData("/elsewhere/scratch/synth/5f7/2009-10", "…/synth/5f7/2009-10")]
    public void A_folder_is_shown_without_the_machine_path(string folder, string shown) =>
        Assert.Equal(shown, ShownFolder.Of(folder, Repo.Root));

    [Fact]
    public void A_folder_below_the_working_folder_is_shown_relative_to_it() =>
        Assert.Equal("synth/5f7/2009-10", ShownFolder.Of(Repo.Path("synth", "5f7", "2009-10"), Repo.Root));

    [Fact]
    public void A_synthetic_sets_own_data_set_is_used_when_it_lies_beside_the_folders_named()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-beside-" + Guid.NewGuid().ToString("N"));
        try
        {
            new SyntheticRequest(folder, 5, 3, "2009-10").Plan(Repo.Seeds).Plan!.Write();
            var year = Directory
                .GetDirectories(folder)
                .Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "2009-10"))
                .First();
            foreach (var named in new[] { folder, year })
            {
                var request = new BenchmarkRequest(ShippedByDefault: true) { Beside = [named] };
                var table = request.Resolve(Repo.Seeds).Table!;
                Assert.Equal(SyntheticNationalSet.DataSetFile, table.Name);
                Assert.StartsWith("the synthetic set's own", table.Origin, StringComparison.Ordinal);
                Assert.Equal(Benchmarks.PeerGroup.OnsCluster, table.PeerGroup); // its cluster file came with it
            }

            var beside = new BenchmarkRequest(ShippedByDefault: true) { Beside = [Repo.Path("assessments")] };
            var shipped = beside.Resolve(Repo.Seeds).Table!;
            Assert.StartsWith("the real data set shipped with wcc", shipped.Origin, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
