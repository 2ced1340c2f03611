using WccAssure.Core.Diagnostics;
using WccAssure.Core.Pipeline;

namespace WccAssure.Core.Tests;

/// <summary>What a scoring command asks of the engine, and what it is told in words when that cannot be met.</summary>
public class BatchRequestTests
{
    private static readonly AssessmentEngine Engine = new(Repo.Seeds);

    private static AssessmentBatch Validate(string path) =>
        Engine.Run(new BatchRequest([path]) { Reading = PathReading.Check }).Batch!;

    [Fact]
    public void Clusters_without_a_data_set_are_refused_before_anything_is_read()
    {
        var resolved = new BenchmarkRequest(Clusters: "clusters.csv").Resolve(Repo.Seeds);
        Assert.False(resolved.Usable);
        Assert.Equal("--clusters needs --benchmarks (cluster rates are computed from the data set)", resolved.Problem);
    }

    [Fact]
    public void No_data_set_asked_for_is_no_table_and_no_problem()
    {
        var resolved = new BenchmarkRequest().Resolve(Repo.Seeds);
        Assert.True(resolved.Usable);
        Assert.Null(resolved.Table);
        Assert.Empty(resolved.Findings);
    }

    [Fact]
    public void A_pack_uses_the_shipped_national_data_set_when_none_is_given()
    {
        var resolved = new BenchmarkRequest(ShippedByDefault: true).Resolve(Repo.Seeds);
        Assert.True(resolved.Usable);
        Assert.NotNull(resolved.Table);
    }

    [Fact]
    public void A_data_set_that_cannot_be_read_fails_with_its_findings()
    {
        var resolved = new BenchmarkRequest(Repo.Path("no-such-data-set.csv")).Resolve(Repo.Seeds);
        Assert.False(resolved.Usable);
        Assert.Null(resolved.Problem);
        Assert.NotEmpty(resolved.Findings);
    }

    [Fact]
    public void A_run_evaluates_the_assessments_below_a_folder_once_each()
    {
        var folder = Repo.Path("assessments", "stockport");
        var run = Engine.Run(new BatchRequest([folder, folder]));
        Assert.Null(run.Problem);
        Assert.Equal(2, run.Batch!.Evaluations.Count);
        Assert.Null(run.Batch.FailureSummary);
    }

    [Fact]
    public void A_run_whose_benchmarks_cannot_be_met_evaluates_nothing()
    {
        var run = Engine.Run(
            new BatchRequest([Repo.Path("assessments")]) { Benchmarks = new BenchmarkRequest(Clusters: "c.csv") }
        );
        Assert.Null(run.Batch);
        Assert.NotNull(run.Problem);
    }

    [Fact]
    public void Failed_assessments_of_a_batch_are_named_together()
    {
        var missing = Repo.Path("no-such-pct", "2009-10").Replace('\\', '/');
        var batch = Engine.Run(new BatchRequest([Repo.Path("assessments", "trafford", "2008-09"), missing])).Batch!;
        Assert.Equal($"1 of 2 assessment(s) could not be scored (findings above): {missing}", batch.FailureSummary);
        Assert.Null(Engine.Run(new BatchRequest([missing])).Batch!.FailureSummary);
    }

    [Fact]
    public void Validating_one_file_keeps_only_the_findings_about_that_file()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "wcc-validate-" + Guid.NewGuid().ToString("N"));
        try
        {
            Repo.CopyOf("tests/fixtures/valid", scratch);

            File.AppendAllText(Path.Combine(scratch, "competencies", "c01.yaml"), "\nrationle: x\n");
            File.AppendAllText(Path.Combine(scratch, "competencies", "c02.yaml"), "\nrationle: x\n");
            var whole = Validate(scratch);
            var one = Validate(Path.Combine(scratch, "competencies", "c01.yaml"));
            Assert.Single(whole.Evaluations);
            Assert.True(FindingCounts.Of(whole.NamedFindings).Errors >= 2, string.Join("\n", whole.NamedFindings));
            Assert.NotEmpty(one.NamedFindings);
            Assert.All(one.NamedFindings, f => Assert.Contains("c01.yaml", f.ToString(), StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
