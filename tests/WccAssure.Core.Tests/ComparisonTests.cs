using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Loading;
using WccAssure.Core.Model;
using WccAssure.Core.Output;
using WccAssure.Core.Results;
using WccAssure.Core.Rules;
using WccAssure.Core.Synthetic;

namespace WccAssure.Core.Tests;

public class ComparisonTests
{
    private static readonly Lazy<(string Folder, IReadOnlyList<AssessmentScore> Scores, BenchmarkTable Table)> Synthetic = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-synth-" + Guid.NewGuid().ToString("N"));
        var framework = Repo.Seeds.Framework("wcc-2009-10").Framework!;
        AtomicFolder.Write(folder, SyntheticNationalSet.Generate([.. Repo.Seeds.Register.All.Take(30)], framework, 7));
        var data = BenchmarkDataSet.Load(Path.Combine(folder, SyntheticNationalSet.DataSetFile), Path.Combine(folder, SyntheticNationalSet.ClustersFile), new Diagnostics.FindingSink())!;
        var table = BenchmarkTable.From(data, framework.Outcomes.Indicators);
        var loader = new AssessmentLoader(Repo.Seeds);
        var scores = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(d =>
        {
            var loaded = loader.Load(Path.Combine(d, "2009-10"));
            Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
            return AssessmentScorer.Score(loaded.Assessment!, ScoringContext.Resolve(Repo.Seeds, loaded.Assessment!, loaded.Framework!, table));
        }).ToList();
        return (folder, scores, table);
    });

    [Fact]
    public void The_synthetic_set_is_reproducible_and_labelled()
    {
        var framework = Repo.Seeds.Framework("wcc-2009-10").Framework!;
        var organisations = Repo.Seeds.Register.All.Take(3).ToList();
        var first = SyntheticNationalSet.Generate(organisations, framework, 42);
        Assert.Equal(first, SyntheticNationalSet.Generate(organisations, framework, 42));
        Assert.NotEqual(first, SyntheticNationalSet.Generate(organisations, framework, 43));
        Assert.All(first.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)), f => Assert.Contains("SYNTHETIC", f.Content));
        Assert.All(Synthetic.Value.Scores, s => Assert.True(s.Assessment.Synthetic));
    }

    [Fact]
    public void Synthetic_outcomes_take_their_benchmarks_from_the_data_set()
    {
        var outcome = Synthetic.Value.Scores[0].Outcomes[0];
        Assert.Equal(SyntheticNationalSet.DataSetFile, outcome.BenchmarkSource);
        Assert.NotNull(outcome.Splits[0].National);
        Assert.NotNull(outcome.Quartile);
        Assert.Equal(Synthetic.Value.Table.For(outcome.Splits[0].Indicator!.Id)!.National, outcome.Splits[0].National);
    }

    [Fact]
    public void The_league_is_ranked_by_total_with_shared_ranks_for_ties()
    {
        var pack = ComparisonBuilder.Build(Synthetic.Value.Scores, null, null, Synthetic.Value.Table);
        Assert.Equal("2009-10", pack.Year);
        Assert.True(pack.IncludesSynthetic);
        Assert.Equal(Synthetic.Value.Scores.Count, pack.League.Count);
        for (var i = 1; i < pack.League.Count; i++)
        {
            var (before, row) = (pack.League[i - 1], pack.League[i]);
            Assert.True(before.Total >= row.Total);
            Assert.Equal(Math.Abs(before.Total - row.Total) < 1e-9 ? before.Rank : i + 1, row.Rank);
        }

        var top = pack.League[0];
        Assert.Equal(top.CompetencyPoints + top.GovernancePoints, top.Total, 6);
        Assert.Equal(pack.League.Count, pack.Distribution[0].Counts.Sum());
    }

    [Fact]
    public void Governance_points_count_red_0_amber_1_green_2()
    {
        var score = Synthetic.Value.Scores[0];
        var pack = ComparisonBuilder.Build([score], null, null, null);
        var expected = score.Governance.SelectMany(g => g.Measures).Sum(m => m.Record.Panel!.Value switch { Rag.Green => 2, Rag.Amber => 1, _ => 0 });
        Assert.Equal(expected, pack.League[0].GovernancePoints);
    }

    [Fact]
    public void Calibration_is_the_mean_gap_between_panel_and_self()
    {
        var scores = Synthetic.Value.Scores;
        var pack = ComparisonBuilder.Build(scores, null, null, null);
        var c1 = scores.Select(s => s.Competencies[0]).ToList();
        Assert.Equal(c1.Average(c => c.PanelScore!.Value - c.SelfScore!.Value), pack.Calibration[0].MeanGap!.Value, 9);
        Assert.True(pack.Calibration[0].MeanGap <= 0); // synthetic self-ratings are never below the panel's
    }

    [Fact]
    public void Sha_and_year_filters_narrow_the_league()
    {
        var sha = Synthetic.Value.Scores[0].Assessment.Sha!;
        var pack = ComparisonBuilder.Build(Synthetic.Value.Scores, "2009-10", sha, null);
        Assert.NotEmpty(pack.League);
        Assert.All(pack.League, r => Assert.Equal(sha, r.Sha));
        Assert.Empty(ComparisonBuilder.Build(Synthetic.Value.Scores, "2008-09", null, null).League);
    }

    [Fact]
    public void Movement_compares_an_organisations_two_years()
    {
        var scores = new[] { "assessments/stockport/2008-09", "assessments/stockport/2009-10", "assessments/trafford/2008-09" }.Select(Repo.Score).ToList();
        var pack = ComparisonBuilder.Build(scores, "2009-10", null, null);
        var movement = Assert.Single(pack.Movement);
        Assert.Equal("5F7", movement.Code);
        Assert.Equal("2008-09", movement.FromYear);
        var c04 = scores[1].Competencies.Single(c => c.Definition.Id == "c04").EvidencedScore - scores[0].Competencies.Single(c => c.Definition.Id == "c04").EvidencedScore;
        Assert.Equal(c04, movement.Changes[3]!.Value, 9);
        Assert.Null(movement.Changes[10]); // competency 11 did not exist in 2008/09
    }
}
