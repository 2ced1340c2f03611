using WccAssure.Core.Comparison;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Synthetic;

namespace WccAssure.Core.Tests;

/// <summary>The outcome benchmarks as `wcc compare` says them on the terminal: in full for a few organisations, a pointer for many.</summary>
public class OutcomeBriefTests
{
    private static readonly AssessmentEngine Engine = new(Repo.Seeds);

    [Fact]
    public void A_small_pack_lists_each_indicator_and_each_organisation_beside_its_peer_group()
    {
        var table = new BenchmarkRequest(ShippedByDefault: true).Resolve(Engine).Table;
        var batch = Engine.EvaluatePaths([Repo.Path("assessments")], table);
        var pack = ComparisonBuilder.Build(batch.Scores, null, null, table);
        var lines = OutcomeBrief.Lines(pack).ToList();

        Assert.NotEmpty(pack.Outcomes);
        var headings = lines.Where(l => !l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(pack.Outcomes.Count, headings.Count);
        Assert.All(headings, h => Assert.Contains($", CAGR % a year (from {pack.BenchmarkSource}): national ", h, StringComparison.Ordinal));
        var rows = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(" quartile)", r, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains(pack.League, o => r.StartsWith($"  {o.Code} {o.Name} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_national_pack_points_to_the_page_and_the_workbook()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-brief-" + Guid.NewGuid().ToString("N"));
        try
        {
            new SyntheticRequest(folder, 5, 20, "2009-10").Plan(Repo.Seeds).Plan!.Write();
            var table = new BenchmarkRequest(Path.Combine(folder, SyntheticNationalSet.DataSetFile), Path.Combine(folder, SyntheticNationalSet.ClustersFile)).Resolve(Engine).Table;
            var batch = Engine.EvaluatePaths([folder], table);
            var pack = ComparisonBuilder.Build(batch.Scores, null, null, table);
            Assert.Equal(
                [$"outcome rates of {pack.Outcomes.Count} indicators from {pack.BenchmarkSource}: see compare.html and the workbook's 'Outcome rates' sheet"],
                OutcomeBrief.Lines(pack));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_pack_without_outcome_benchmarks_says_nothing_of_them()
    {
        var batch = Engine.EvaluatePaths([Repo.Path("assessments", "trafford")]);
        Assert.Empty(OutcomeBrief.Lines(ComparisonBuilder.Build(batch.Scores, null, null, null)));
    }
}
