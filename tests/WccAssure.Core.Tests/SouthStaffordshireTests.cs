using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Tests;

/// <summary>Scoring the seed panel report (South Staffordshire PCT, May 2010) reproduces what it states.</summary>
public class SouthStaffordshireTests
{
    private static readonly AssessmentScore Score = Repo.Score("assessments/south-staffordshire/2009-10");

    private static string Panel(string area) =>
        string.Concat(
            Score.Governance.Single(g => g.Definition.Id == area).Measures.Select(m => m.Record.Panel!.Value.Title()[0])
        );

    [Fact]
    public void All_sixteen_governance_measures_carry_the_panel_ratings_of_the_report()
    {
        Assert.Equal("GAAGG", Panel("strategy"));
        Assert.Equal("GGGGA", Panel("finance"));
        Assert.Equal("GGGGGG", Panel("board"));
        Assert.Equal(new RagTally(0, 3, 13), Score.Counts.GovernancePanel);
    }

    [Fact]
    public void Strategy_is_amber_both_as_stated_and_as_rolled_up_from_its_measures()
    {
        var strategy = Score.Governance.Single(g => g.Definition.Id == "strategy");
        Assert.Equal(Rag.Amber, strategy.StatedRating!.Value);
        Assert.Equal(Rag.Amber, strategy.PanelRating);
        Assert.Equal(Rag.Green, Score.Governance.Single(g => g.Definition.Id == "finance").PanelRating);
        Assert.Equal(Rag.Green, Score.Governance.Single(g => g.Definition.Id == "board").PanelRating);
    }

    [Theory]
    [InlineData("c03", "2,2,3")]
    [InlineData("c04", "3,3,3")]
    [InlineData("c09", "2,2,2")]
    [InlineData("c10", "3,2,3")]
    public void Visible_panel_ratings_of_competencies_3_4_9_and_10_are_kept(string competency, string expected)
    {
        var measures = Score.Competencies.Single(c => c.Definition.Id == competency).Measures;
        Assert.Equal(expected, string.Join(",", measures.Select(m => m.Panel!.Value)));
    }

    [Fact]
    public void Ratings_lost_in_conversion_are_marked_reconstructed_with_reasons()
    {
        var c01 = Score.Competencies.Single(c => c.Definition.Id == "c01");
        Assert.All(c01.Measures, m => Assert.Equal(ProvenanceKind.Reconstructed, m.Panel!.Provenance.Kind));
        Assert.All(c01.Measures, m => Assert.False(string.IsNullOrWhiteSpace(m.Panel!.Provenance.Note)));
        var c04 = Score.Competencies.Single(c => c.Definition.Id == "c04");
        Assert.All(c04.Measures, m => Assert.Equal(ProvenanceKind.Stated, m.Panel!.Provenance.Kind));
    }

    [Fact]
    public void The_counts_match_the_report()
    {
        Assert.Equal(11, Score.Counts.Competencies);
        Assert.Equal(7, Score.Counts.MetOrExceededSelf);
        Assert.Equal(8, Score.Counts.ImprovedOnLastYear);
        Assert.Equal(1, Score.Counts.AddedThisYear);
        Assert.True(Score.Competencies.Single(c => c.Definition.Id == "c11").AddedThisYear);
    }

    [Theory]
    [InlineData(1, "more-ambitious-trajectory")]
    [InlineData(2, "more-ambitious-trajectory")]
    [InlineData(3, "ambitious-but-credible")]
    [InlineData(4, "over-ambitious")]
    [InlineData(5, "ambitious-but-credible")]
    [InlineData(6, null)]
    [InlineData(7, "might-be-more-aggressive")]
    [InlineData(8, "might-be-more-aggressive")]
    [InlineData(9, null)]
    public void Aspiration_judgements_reproduce_the_panels(int number, string? expected) =>
        Assert.Equal(expected, Score.Outcomes.Single(o => o.Record.Number == number).Judgement);

    [Fact]
    public void The_trace_explains_why_competency_1_measure_b_stops_at_level_2()
    {
        var measure = Score
            .Competencies.Single(c => c.Definition.Id == "c01")
            .Measures.Single(m => m.Definition.Id == "b");
        Assert.Equal(2, measure.EvidencedLevel);
        var gap = Assert.Single(measure.Gap);
        Assert.Equal("is 4.14", gap.Reason);
        Assert.Contains("4.5", gap.Criterion.Description);
        Assert.Equal(
            "assessments/south-staffordshire/2009-10/competencies/c01.yaml",
            gap.At!.File.Replace(Repo.Root + "/", "")
        );
    }

    [Fact]
    public void Benchmarks_are_compared_in_the_direction_that_counts()
    {
        // #8 CVD mortality, lower is better: the PCT (-5.0) falls more slowly than national (-7.1) but faster than the
        // cluster (-3.7).
        var cvd = Score.Outcomes.Single(o => o.Record.Number == 8).Splits.Single();
        Assert.Equal("worse", cvd.VersusNational);
        Assert.Equal("better", cvd.VersusCluster);
        Assert.Equal("worse", cvd.VersusTopDecile);
        var missing = Score.Outcomes.Single(o => o.Record.Number == 9).Splits.Single();
        Assert.Null(missing.Historic.Value);
        Assert.Contains("n/a", missing.Historic.NotComputable);
    }

    [Fact]
    public void Every_panel_rating_the_report_states_is_the_level_the_evidence_supports()
    {
        var competencies = Score
            .Competencies.SelectMany(c =>
                c.Measures.Select(m => (Id: c.Definition.Id + m.Definition.Id, m.Panel, Evidenced: m.EvidencedLevel))
            )
            .Where(m => m.Panel is { Provenance.Kind: ProvenanceKind.Stated })
            .ToList();
        Assert.Equal(10, competencies.Count); // c03a-c, c04a-c, c09a-c, c10b (L366-368, L386-388, L546-548, L579)
        Assert.All(competencies, m =>
            Assert.True(m.Panel!.Value == m.Evidenced, $"{m.Id}: panel {m.Panel.Value}, evidenced {m.Evidenced}")
        );
        var governance = Score
            .Governance.SelectMany(g =>
                g.Measures.Select(m => (Id: $"{g.Definition.Id} {m.Definition.Number}", m.Record.Panel, m.Evidenced))
            )
            .Where(m => m.Panel is { Provenance.Kind: ProvenanceKind.Stated })
            .ToList();
        Assert.Equal(16, governance.Count);
        Assert.All(governance, m =>
            Assert.True(m.Panel!.Value == m.Evidenced, $"{m.Id}: panel {m.Panel.Value}, evidenced {m.Evidenced}")
        );
    }

    [Fact]
    public void Competency_9c_stops_at_2_because_no_one_item_shows_outcome_measures_across_the_main_contracts()
    {
        var measure = Score
            .Competencies.Single(c => c.Definition.Id == "c09")
            .Measures.Single(m => m.Definition.Id == "c");
        Assert.Equal(2, measure.EvidencedLevel);
        var gap = Assert.Single(measure.Gap);
        Assert.Equal(["outcomes-linked", "systematic"], gap.Criterion.Tags);
        Assert.Contains("separate items", gap.Reason);
    }

    [Fact]
    public void The_trace_says_why_a_level_was_reached()
    {
        var measure = Score
            .Competencies.Single(c => c.Definition.Id == "c04")
            .Measures.Single(m => m.Definition.Id == "c");
        Assert.Equal(3, measure.EvidencedLevel);
        var survey = Assert.Single(measure.Reached, r => r.Target.Level == 3);
        Assert.Equal("is 4.57", survey.Reason);
        Assert.Contains(measure.Reached, r =>
            r.Target.Level == 2 && r.Reason.Contains("clinical-involvement", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(measure.Reached, r => r.Target.Level == 4);
    }
}
