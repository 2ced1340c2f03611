using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Model;
using WccAssure.Core.Results;
using WccAssure.Core.Synthetic;
using WccAssure.Testing;

namespace WccAssure.Core.Tests;

public class ComparisonTests
{
    private static readonly Lazy<(
        string Folder,
        IReadOnlyList<AssessmentScore> Scores,
        BenchmarkTable Table
    )> Synthetic = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-synth-" + Guid.NewGuid().ToString("N"));
        var framework = Repo.Seeds.Framework("wcc-2009-10").Framework!;
        AtomicFolder.Write(folder, SyntheticNationalSet.Generate([.. Repo.Seeds.Register.All.Take(30)], framework, 7));
        var data = BenchmarkDataSet.Load(
            Path.Combine(folder, SyntheticNationalSet.DataSetFile),
            Path.Combine(folder, SyntheticNationalSet.ClustersFile),
            new Diagnostics.FindingSink()
        )!;
        var table = BenchmarkTable.From(data, framework.Outcomes.Indicators);
        var loader = new AssessmentLoader(Repo.Seeds);
        var scores = Directory
            .GetDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(d =>
            {
                var loaded = loader.Load(Path.Combine(d, "2009-10"));
                Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
                return Scoring.Score(Repo.Seeds, loaded.Assessment!, loaded.Framework!, table);
            })
            .ToList();
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
        Assert.All(first.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)), f =>
            Assert.Contains("SYNTHETIC", f.Content)
        );
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
        var expected = score
            .Governance.SelectMany(g => g.Measures)
            .Sum(m =>
                m.Record.Panel!.Value switch
                {
                    Rag.Green => 2,
                    Rag.Amber => 1,
                    _ => 0,
                }
            );
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
        var scores = new[]
        {
            "assessments/stockport/2008-09",
            "assessments/stockport/2009-10",
            "assessments/trafford/2008-09",
        }
            .Select(Repo.Score)
            .ToList();
        var pack = ComparisonBuilder.Build(scores, "2009-10", null, null);
        var movement = Assert.Single(pack.Movement);
        Assert.Equal("5F7", movement.Code);
        Assert.Equal("2008-09", movement.FromYear);
        var c04 =
            scores[1].Competencies.Single(c => c.Definition.Id == "c04").EvidencedScore
            - scores[0].Competencies.Single(c => c.Definition.Id == "c04").EvidencedScore;
        Assert.Equal(c04, movement.Changes[3]!.Value, 9);
        Assert.Null(movement.Changes[10]); // competency 11 did not exist in 2008/09
    }

    private static AssessmentScore As(AssessmentScore score, string folder, bool synthetic) =>
        score with
        {
            Assessment = score.Assessment with { Folder = folder, Synthetic = synthetic },
        };

    [Fact]
    public void A_real_assessment_replaces_the_synthetic_one_of_the_same_organisation_and_year()
    {
        var real = Repo.Score("assessments/south-staffordshire/2009-10");
        var synthetic = As(real, "synthetic/5pk/2009-10", synthetic: true);
        var others = Synthetic.Value.Scores;
        var pack = ComparisonBuilder.Build([synthetic, .. others, real], null, null, null);
        Assert.Equal(others.Count + 1, pack.League.Count);
        var row = Assert.Single(pack.League, r => r.Code == "5PK");
        Assert.False(row.Synthetic);
        Assert.Equal(real.Assessment.Folder, row.Folder);
        var replaced = Assert.Single(pack.Replaced);
        Assert.Equal(
            ("5PK", "synthetic/5pk/2009-10", real.Assessment.Folder),
            (replaced.Code, replaced.SyntheticFolder, replaced.RealFolder)
        );
        Assert.Equal(pack.League.Count, pack.League.Select(r => r.Code).Distinct().Count());
        // no rank shifted by a duplicate
        Assert.All(pack.League, r => Assert.Equal(1 + pack.League.Count(o => o.Total > r.Total + 1e-9), r.Rank));
        Assert.Equal(pack.Replaced, pack.Selection.Replaced);
    }

    [Fact]
    public void Two_real_assessments_of_one_organisation_and_year_never_make_a_pack()
    {
        // The engine refuses both folders (PipelineTests); scores that skipped it are a caller's mistake, not a row.
        var real = Repo.Score("assessments/south-staffordshire/2009-10");
        var twin = As(real, "elsewhere/south-staffordshire/2009-10", synthetic: false);
        var refused = Assert.Throws<ArgumentException>(() => ComparisonBuilder.Build([real, twin], null, null, null));
        Assert.Contains("5PK 2009-10", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pack_knows_the_framework_of_its_league_year()
    {
        var scores = new[] { "assessments/stockport/2008-09", "assessments/stockport/2009-10" }
            .Select(Repo.Score)
            .ToList();
        Assert.Same(scores[1].Framework, ComparisonBuilder.Build(scores, null, null, null).Framework);
        Assert.Same(scores[0].Framework, ComparisonBuilder.Build(scores, "2008-09", null, null).Framework);
        Assert.Null(ComparisonBuilder.Build([], null, null, null).Framework);
    }

    [Fact]
    public void Movement_is_like_with_like_and_moves_governance_and_the_total_too()
    {
        // Stockport 2008/09 → 2009/10: competency 11 is new in 2009/10, so it is not counted as an improvement.
        var scores = new[] { "assessments/stockport/2008-09", "assessments/stockport/2009-10" }
            .Select(Repo.Score)
            .ToList();
        var movement = Assert.Single(ComparisonBuilder.Build(scores, "2009-10", null, null).Movement);
        Assert.Equal(["c11"], movement.NotCompared);
        var common = scores[1]
            .Competencies.Where(c => c.Definition.Id != "c11")
            .Sum(c =>
                c.EvidencedScore - scores[0].Competencies.Single(p => p.Definition.Id == c.Definition.Id).EvidencedScore
            );
        Assert.Equal(Math.Round(common, 2), movement.CompetencyChange, 9);
        int Points(AssessmentScore s) => s.Governance.SelectMany(g => g.Measures).Sum(m => (int)m.Evidenced);
        Assert.Equal(Points(scores[1]) - Points(scores[0]), movement.GovernanceChange);
        Assert.Equal(movement.CompetencyChange + movement.GovernanceChange, movement.TotalChange!.Value, 9);
        // both self-assessment drafts
        Assert.Equal((LeagueBasis.Evidenced, LeagueBasis.Evidenced), (movement.FromBasis, movement.ToBasis));
    }

    [Fact]
    public void Ranks_are_national_and_within_the_sha_whatever_the_sha_filter()
    {
        var all = ComparisonBuilder.Build(Synthetic.Value.Scores, null, null, null);
        var sha = all.League.GroupBy(r => r.Sha).OrderByDescending(g => g.Count()).First().Key;
        var narrowed = ComparisonBuilder.Build(Synthetic.Value.Scores, null, sha, null);
        Assert.Equal(
            all.League.Where(r => r.Sha == sha).Select(r => (r.Code, r.Rank, r.ShaRank)),
            narrowed.League.Select(r => (r.Code, r.Rank, r.ShaRank))
        );
        Assert.Equal(1, narrowed.League[0].ShaRank);
        // Within the SHA, ranks count only its own organisations with a higher total.
        Assert.All(narrowed.League, r =>
            Assert.Equal(1 + narrowed.League.Count(o => o.Total > r.Total + 1e-9), r.ShaRank)
        );
        Assert.All(all.League, r => Assert.Equal(1 + all.League.Count(o => o.Total > r.Total + 1e-9), r.Rank));
    }
}
