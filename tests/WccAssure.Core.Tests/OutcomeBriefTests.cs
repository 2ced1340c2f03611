using WccAssure.Core.Comparison;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Synthetic;

namespace WccAssure.Core.Tests;

/// <summary>
/// The outcome benchmarks as `wcc compare` says them on the terminal: in full for a few organisations, a pointer for
/// many.
/// </summary>
public class OutcomeBriefTests
{
    private static readonly AssessmentEngine Engine = new(Repo.Seeds);

    private static AssessmentBatch Evaluate(string[] paths, BenchmarkRequest benchmarks) =>
        Engine.Run(new BatchRequest(paths) { Benchmarks = benchmarks }).Batch!;

    [Fact]
    public void A_small_pack_lists_each_indicator_and_each_organisation_beside_its_peer_group()
    {
        var batch = Evaluate([Repo.Path("assessments")], new BenchmarkRequest(ShippedByDefault: true));
        var pack = ComparisonBuilder.Build(batch.Scores, null, null, batch.Benchmarks);
        var lines = OutcomeBrief.Lines(pack).ToList();

        Assert.NotEmpty(pack.Outcomes);
        Assert.Equal(
            $"outcome benchmarks from {pack.BenchmarkSource} (the real data set shipped with wcc; --benchmarks names "
                + $"another)",
            lines[0]
        );
        var headings = lines.Skip(1).Where(l => !l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(pack.Outcomes.Count, headings.Count);
        // Named, with the id a data set uses beside the name.
        Assert.All(headings, h => Assert.Matches(@"^\S.* \([a-z0-9-]+\), \d{4}-\d{4}, CAGR % a year: national ", h));
        Assert.StartsWith("One-year cancer survival index", headings[0], StringComparison.Ordinal);
        var rows = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(" quartile)", r, StringComparison.Ordinal));
        Assert.All(rows, r =>
            Assert.Contains(pack.League, o => r.StartsWith($"  {o.Code} {o.Name} ", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void A_national_pack_points_to_the_page_and_the_workbook()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-brief-" + Guid.NewGuid().ToString("N"));
        try
        {
            new SyntheticRequest(folder, 5, 20, "2009-10").Plan(Repo.Seeds).Plan!.Write();
            var data = new BenchmarkRequest(
                Path.Combine(folder, SyntheticNationalSet.DataSetFile),
                Path.Combine(folder, SyntheticNationalSet.ClustersFile)
            );
            var batch = Evaluate([folder], data);
            var pack = ComparisonBuilder.Build(batch.Scores, null, null, batch.Benchmarks);
            Assert.Equal(
                [
                    $"outcome benchmarks from {pack.BenchmarkSource} (named with --benchmarks)",
                    $"outcome rates of {pack.Outcomes.Count} indicators: see compare.html and the workbook's 'Outcome "
                        + $"rates' sheet",
                ],
                OutcomeBrief.Lines(pack)
            );
            var one = pack with { Outcomes = [pack.Outcomes[0]] };
            Assert.Equal(
                "outcome rates of 1 indicator: see compare.html and the workbook's 'Outcome rates' sheet",
                OutcomeBrief.Lines(one).Last()
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_pack_without_outcome_benchmarks_says_nothing_of_them()
    {
        var batch = Evaluate([Repo.Path("assessments", "trafford")], new BenchmarkRequest());
        Assert.Empty(OutcomeBrief.Lines(ComparisonBuilder.Build(batch.Scores, null, null, null)));
    }
}
