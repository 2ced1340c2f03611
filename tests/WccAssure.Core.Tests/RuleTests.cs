using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Rules;

namespace WccAssure.Core.Tests;

public class RuleTests
{
    private static readonly SourceLocation At = new("c01.yaml", 14, 5);

    private static Criterion Tag(string tag) => new([tag], null, $"evidence tagged {tag}", At);

    private static Criterion When(string condition, string description) =>
        new([], new Condition(condition, At), description, At);

    private static MeasureDefinition Measure(params (int Level, Criterion[] Criteria)[] levels) =>
        new(
            "b",
            "Reputation as a change leader",
            [new LevelDefinition(1, "floor", []), .. levels.Select(l => new LevelDefinition(l.Level, "d", l.Criteria))]
        );

    private static MeasureRecord<int> Record(string[] tags, params (string Id, object Value)[] metrics) =>
        new(
            "b",
            null,
            null,
            null,
            null,
            null,
            [
                .. metrics.Select(m => new MetricValue(
                    m.Id,
                    m.Value as double?,
                    m.Value as bool?,
                    null,
                    Provenance.Stated,
                    At
                )),
            ],
            [new EvidenceItem("text", tags, null, new SourceLocation("c01.yaml", 20, 9))],
            new SourceLocation("c01.yaml", 10, 3)
        );

    private static readonly MeasureDefinition Survey = Measure(
        (2, [Tag("documented")]),
        (3, [When("stakeholder_survey >= 4.5", "key stakeholder survey at least 4.5"), Tag("systematic")]),
        (4, [When("stakeholder_survey >= 5.5", "key stakeholder survey at least 5.5")])
    );

    [Fact]
    public void The_evidenced_level_is_the_highest_whose_criteria_and_all_below_hold()
    {
        Assert.Equal(
            3,
            MeasureLevelRule
                .Score(Survey, Record(["documented", "systematic"], ("stakeholder_survey", 4.95)))
                .EvidencedLevel
        );
        Assert.Equal(
            4,
            MeasureLevelRule
                .Score(Survey, Record(["documented", "systematic"], ("stakeholder_survey", 5.6)))
                .EvidencedLevel
        );
    }

    [Fact]
    public void Tags_on_one_criterion_must_be_on_one_evidence_item()
    {
        var bound = Measure(
            (2, [Tag("documented")]),
            (3, [new Criterion(["outcomes-linked", "systematic"], null, "outcome measures in the main contracts", At)])
        );
        var spread = new MeasureRecord<int>(
            "b",
            null,
            null,
            null,
            null,
            null,
            [],
            [
                new EvidenceItem("new contract KPIs", ["documented", "outcomes-linked"], null, At),
                new EvidenceItem("all signed before activity", ["systematic"], null, At),
            ],
            At
        );
        var score = MeasureLevelRule.Score(bound, spread);
        Assert.Equal(2, score.EvidencedLevel);
        Assert.Contains("separate items", Assert.Single(score.Gap).Reason);
        Assert.Equal(
            3,
            MeasureLevelRule.Score(bound, Record(["documented", "outcomes-linked", "systematic"])).EvidencedLevel
        );
    }

    [Fact]
    public void Levels_are_cumulative_so_a_failed_lower_level_caps_the_result()
    {
        // Level 4's survey criterion holds, but level 2 lacks its tag: the measure stays at the floor.
        var score = MeasureLevelRule.Score(Survey, Record(["systematic"], ("stakeholder_survey", 5.9)));
        Assert.Equal(1, score.EvidencedLevel);
        Assert.Equal("evidence tagged documented", Assert.Single(score.Gap).Criterion.Description);
    }

    [Fact]
    public void The_gap_names_the_failed_criterion_its_value_and_where_it_is_written()
    {
        var score = MeasureLevelRule.Score(Survey, Record(["documented", "systematic"], ("stakeholder_survey", 4.14)));
        Assert.Equal(2, score.EvidencedLevel);
        var gap = Assert.Single(score.Gap);
        Assert.Equal("key stakeholder survey at least 4.5; is 4.14 — c01.yaml:14", gap.Explain());
    }

    [Fact]
    public void A_missing_metric_fails_its_criterion_with_the_reason()
    {
        var score = MeasureLevelRule.Score(Survey, Record(["documented", "systematic"]));
        Assert.Equal(2, score.EvidencedLevel);
        Assert.Equal("stakeholder_survey not recorded", Assert.Single(score.Gap).Reason);
    }

    [Fact]
    public void A_placeholder_metric_is_unknown_not_zero()
    {
        var record = Record(["documented", "systematic"]) with
        {
            Metrics = [new MetricValue("stakeholder_survey", null, null, "XX", Provenance.Stated, At)],
        };
        Assert.Contains("the source printed 'XX'", Assert.Single(MeasureLevelRule.Score(Survey, record).Gap).Reason);
    }

    [Fact]
    public void Boolean_metrics_work_in_conditions()
    {
        var green = new GovernanceMeasureDefinition(
            "base-case",
            4,
            "Base case",
            [When("planned_surplus_pct >= 0.5 && operating_deficit == false", "surplus")],
            [When("planned_surplus_pct >= 0", "no deficit")]
        );
        var record = new MeasureRecord<Rag>(
            "base-case",
            null,
            null,
            null,
            null,
            null,
            [
                new MetricValue("planned_surplus_pct", 0.5, null, null, Provenance.Stated, At),
                new MetricValue("operating_deficit", null, false, null, Provenance.Stated, At),
            ],
            [],
            At
        );
        Assert.Equal(Rag.Green, GovernanceRule.Score(green, record).Evidenced);
        var deficit = record with
        {
            Metrics =
            [
                record.Metrics[0],
                new MetricValue("operating_deficit", null, true, null, Provenance.Stated, At),
            ],
        };
        Assert.Equal(Rag.Amber, GovernanceRule.Score(green, deficit).Evidenced);
        Assert.Equal(Rag.Red, GovernanceRule.Score(green, deficit with { Metrics = [] }).Evidenced);
    }

    [Fact]
    public void Governance_ratings_are_cumulative_so_green_needs_the_amber_criteria_too()
    {
        var measure = new GovernanceMeasureDefinition(
            "information",
            3,
            "Information",
            [Tag("systematic")],
            [Tag("in-practice")]
        );
        var record = new MeasureRecord<Rag>(
            "information",
            null,
            null,
            null,
            null,
            null,
            [],
            [new EvidenceItem("monthly reports", ["systematic"], null, At)],
            At
        );
        Assert.Equal(Rag.Red, GovernanceRule.Score(measure, record).Evidenced);
        var both = record with
        {
            Evidence = [new EvidenceItem("monthly reports", ["systematic", "in-practice"], null, At)],
        };
        Assert.Equal(Rag.Green, GovernanceRule.Score(measure, both).Evidenced);
    }

    private static readonly RollupRules G1 = new(
        CompetencyRollup.Mean,
        [
            new(Rag.Red, new Condition("red >= 2", At)),
            new(Rag.Amber, new Condition("red >= 1 || amber >= 2", At)),
            new(Rag.Green, new Condition("true", At)),
        ]
    );

    [Theory]
    [InlineData("GAAGG", Rag.Amber)]
    [InlineData("GGGGA", Rag.Green)]
    [InlineData("GGGGGG", Rag.Green)]
    [InlineData("GGGGR", Rag.Amber)]
    [InlineData("GRRGG", Rag.Red)]
    public void Area_ratings_follow_the_frameworks_rules(string measures, Rag expected)
    {
        var ratings = measures
            .Select(c =>
                c switch
                {
                    'R' => Rag.Red,
                    'A' => Rag.Amber,
                    _ => Rag.Green,
                }
            )
            .ToList();
        Assert.Equal(expected, GovernanceRule.AreaRating(ratings, G1));
    }

    [Fact]
    public void Competency_rollup_is_the_mean_or_the_minimum_and_unknown_when_a_measure_is_unrated()
    {
        Assert.Equal(8.0 / 3, CompetencyRollupRule.Score([3, 2, 3], CompetencyRollup.Mean)!.Value, 9);
        Assert.Equal(2, CompetencyRollupRule.Score([3, 2, 3], CompetencyRollup.Minimum));
        Assert.Null(CompetencyRollupRule.Score([3, null, 3], CompetencyRollup.Mean));
    }

    [Fact]
    public void Conditions_that_do_not_parse_are_reported()
    {
        Assert.NotNull(ConditionEvaluator.Inspect("stakeholder_survey >= ").Error);
        Assert.Equal(["A", "C", "N"], ConditionEvaluator.Inspect("A > Max(N, C)").Names);
    }
}
