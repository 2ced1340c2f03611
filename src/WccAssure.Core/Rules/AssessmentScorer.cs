using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;

namespace WccAssure.Core.Rules;

/// <summary>
/// Scores a loaded assessment against its framework. Pure: it reads no file and looks nothing up; everything it
/// needs is resolved beforehand into a <see cref="ScoringContext"/>, so the same inputs give the same result.
/// </summary>
internal static class AssessmentScorer
{
    public static AssessmentScore Score(AssessmentRecord assessment, ScoringContext context)
    {
        var framework = context.Framework;
        var benchmarks = context.Benchmarks;
        var findings = new FindingSink();
        var previousScores =
            assessment.PreviousYear is { } previous && context.PreviousAssessmentFramework is { } pf
                ? ScoreCompetencies(previous, pf, null, null, new FindingSink())
                : null;
        var competencies = ScoreCompetencies(
            assessment,
            framework,
            context.PreviousYearFramework,
            previousScores,
            findings
        );
        var governance = framework
            .Governance.Select(area =>
                assessment.Area(area.Id) is { } record ? ScoreArea(area, record, framework.Rollup, findings) : null
            )
            .OfType<GovernanceAreaScore>()
            .ToList();
        var outcomes = assessment
            .Outcomes.Outcomes.Select(o =>
                OutcomeScorer.Score(
                    o,
                    framework,
                    assessment.Outcomes.LocalIndicators,
                    assessment.OrganisationCode,
                    benchmarks
                )
            )
            .ToList();
        var counts = Count(assessment.Outcomes, competencies, governance, outcomes);
        CheckStatedCount(assessment.Outcomes.StatedSlipped, counts.OutcomesSlipped, "slipped", findings);
        CheckStatedCount(
            assessment.Outcomes.StatedBottomQuartile,
            counts.OutcomesBottomQuartile,
            "at the bottom quartile",
            findings
        );
        CheckStatedCount(
            assessment.StatedCounts.MetOrExceededSelf,
            counts.MetOrExceededSelf,
            "competencies meeting or exceeding the self-assessment",
            findings
        );
        CheckStatedCount(
            assessment.StatedCounts.ImprovedOnLastYear,
            counts.ImprovedOnLastYear,
            "competencies improved on last year",
            findings
        );
        CheckStatedCount(
            assessment.StatedCounts.AddedThisYear,
            counts.AddedThisYear,
            "competencies added this year",
            findings
        );
        return new AssessmentScore(
            assessment,
            framework,
            competencies,
            governance,
            outcomes,
            counts,
            findings.Sorted()
        );
    }

    private static List<CompetencyScore> ScoreCompetencies(
        AssessmentRecord assessment,
        FrameworkDefinition framework,
        FrameworkDefinition? previousFramework,
        IReadOnlyList<CompetencyScore>? previousScores,
        FindingSink findings
    ) =>
        [
            .. framework
                .Competencies.Select(definition =>
                    assessment.Competency(definition.Id) is { } record
                        ? ScoreCompetency(
                            definition,
                            record,
                            framework.Rollup.Competency,
                            previousFramework,
                            previousScores,
                            findings
                        )
                        : null
                )
                .OfType<CompetencyScore>(),
        ];

    private static CompetencyScore ScoreCompetency(
        CompetencyDefinition definition,
        CompetencyRecord record,
        CompetencyRollup rollup,
        FrameworkDefinition? previousFramework,
        IReadOnlyList<CompetencyScore>? previousScores,
        FindingSink findings
    )
    {
        var measures = definition
            .Measures.Select(m => record.Measure(m.Id) is { } r ? MeasureLevelRule.Score(m, r) : null)
            .OfType<MeasureScore>()
            .ToList();
        foreach (var measure in measures)
        {
            CheckPanelRationale(
                measure.Panel,
                measure.EvidencedLevel,
                measure.Record.Rationale,
                $"measure {definition.Number}{measure.Definition.Id}",
                findings
            );
        }

        double? Roll(Func<MeasureScore, int?> pick) => CompetencyRollupRule.Score([.. measures.Select(pick)], rollup);
        return new CompetencyScore(
            definition,
            measures,
            Roll(m => m.EvidencedLevel) ?? 1,
            Roll(m => m.Self?.Value),
            Roll(m => m.Panel?.Value),
            Roll(m => m.LastYear?.Value),
            previousScores?.FirstOrDefault(p => p.Definition.Id == definition.Id)?.EvidencedScore,
            previousFramework is not null && previousFramework.Competency(definition.Id) is null
        );
    }

    private static void CheckPanelRationale<T>(
        Rating<T>? panel,
        T evidenced,
        string? rationale,
        string what,
        FindingSink findings
    )
        where T : struct
    {
        if (
            panel is not null
            && !EqualityComparer<T>.Default.Equals(panel.Value, evidenced)
            && string.IsNullOrWhiteSpace(rationale)
        )
        {
            findings.Warning(
                panel.Location,
                $"the panel rating of {what} ({Show(panel.Value)}) differs from the evidenced {Show(evidenced)} and "
                    + $"has no rationale"
            );
        }
    }

    private static string Show<T>(T value) => value is Rag rag ? rag.Title() : $"level {value}";

    private static GovernanceAreaScore ScoreArea(
        GovernanceAreaDefinition area,
        GovernanceRecord record,
        RollupRules rollup,
        FindingSink findings
    )
    {
        var measures = area
            .Measures.Select(m => record.Measure(m.Id) is { } r ? GovernanceRule.Score(m, r) : null)
            .OfType<GovernanceMeasureScore>()
            .ToList();
        foreach (var measure in measures)
        {
            CheckPanelRationale(
                measure.Record.Panel,
                measure.Evidenced,
                measure.Record.Rationale,
                $"{area.Name} measure {measure.Definition.Number}",
                findings
            );
        }

        var panel = measures.Select(m => m.Record.Panel?.Value).ToList();
        var self = measures.Select(m => m.Record.Self?.Value).ToList();
        return new GovernanceAreaScore(
            area,
            measures,
            GovernanceRule.AreaRating([.. measures.Select(m => m.Evidenced)], rollup),
            RollUp(panel, rollup),
            record.StatedRating,
            RagTally.Of(panel.OfType<Rag>())
        )
        {
            SelfRating = RollUp(self, rollup),
            SelfTally = RagTally.Of(self.OfType<Rag>()),
        };
    }

    /// <summary>
    /// An area rating from its measures' ratings, only when every measure has one: a partial roll-up would mislead.
    /// </summary>
    private static Rag? RollUp(IReadOnlyList<Rag?> ratings, RollupRules rollup) =>
        ratings.Count > 0 && ratings.All(r => r is not null)
            ? GovernanceRule.AreaRating([.. ratings.Select(r => r!.Value)], rollup)
            : null;

    /// <summary>
    /// A stated count wins (the rows behind it may be lost); else the per-row flags are counted; with neither
    /// the count is not recorded, never 0.
    /// </summary>
    private static OutcomeFlagCount FlagCount(
        IReadOnlyList<OutcomeScore> outcomes,
        StatedCount? stated,
        Func<OutcomeScore, bool?> flag
    )
    {
        var known = outcomes.Where(o => flag(o) is not null).ToList();
        var rows = known.Where(o => flag(o) == true).Select(o => o.Record.Number).ToList();
        var complete = outcomes.Count > 0 && known.Count == outcomes.Count;
        return stated is not null ? new OutcomeFlagCount(stated.Count, CountBasis.Stated, rows, complete, stated.Source)
            : known.Count > 0 ? new OutcomeFlagCount(rows.Count, CountBasis.Flags, rows, complete, null)
            : new OutcomeFlagCount(null, CountBasis.NotRecorded, [], false, null);
    }

    /// <summary>A stated count that the rows contradict is worth a look: one of them was misread.</summary>
    private static void CheckStatedCount(StatedCount? stated, OutcomeFlagCount count, string what, FindingSink findings)
    {
        if (
            stated is not null
            && (count.Rows.Count > stated.Count || (count.Complete && count.Rows.Count != stated.Count))
        )
        {
            findings.Warning(
                stated.Location,
                $"the source states {stated.Count} outcome(s) {what}, but the per-row flags mark {count.Rows.Count}"
            );
        }
    }

    /// <summary>
    /// A competency count the ratings do not reproduce: a rating, or the reading of the source, is wrong.
    /// </summary>
    private static void CheckStatedCount(StatedCount? stated, int counted, string what, FindingSink findings)
    {
        if (stated is not null && stated.Count != counted)
        {
            findings.Warning(
                stated.Location,
                $"the source states {stated.Count} {what}, but the ratings give {counted}"
            );
        }
    }

    private static ScoreCounts Count(
        OutcomesRecord record,
        IReadOnlyList<CompetencyScore> competencies,
        IReadOnlyList<GovernanceAreaScore> governance,
        IReadOnlyList<OutcomeScore> outcomes
    ) =>
        new(
            competencies.Count,
            competencies.Count(c => c.MetOrExceededSelf == true),
            competencies.Count(c => c.MetOrExceededSelf is not null),
            competencies.Count(c => c.ImprovedOnLastYear == true),
            competencies.Count(c => c.ImprovedOnLastYear is not null),
            competencies.Count(c => c.AddedThisYear),
            FlagCount(outcomes, record.StatedSlipped, o => o.Record.Slipped),
            FlagCount(outcomes, record.StatedBottomQuartile, o =>
                o.Quartile is null ? null : o.Quartile == Quartile.Bottom
            ),
            governance.Select(g => g.PanelTally).Aggregate(new RagTally(0, 0, 0), (a, b) => a.Add(b)),
            RagTally.Of(governance.SelectMany(g => g.Measures).Select(m => m.Evidenced))
        );
}
