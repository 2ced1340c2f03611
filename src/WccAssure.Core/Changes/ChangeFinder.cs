using System.Globalization;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Results;
using static WccAssure.Core.Changes.ChangeValues;

namespace WccAssure.Core.Changes;

/// <summary>
/// Pairs the two assessments' measures, competencies, areas and outcomes by their framework ids (not by position:
/// the 2009/10 framework added a competency) and keeps every value a report shows that differs: within a section
/// in the later assessment's order, with what only the earlier one has after it.
/// </summary>
internal static class ChangeFinder
{
    /// <summary>Every change, section by section (the order <see cref="ChangeSection"/> lists them in).</summary>
    public static IReadOnlyList<Change> Values(AssessmentScore before, AssessmentScore after) =>
        [
            .. new[]
            {
                AssessmentChangeFinder.Values(before.Assessment, after.Assessment),
                Pairing.Paired(Measures(before), Measures(after), MeasureChanges),
                Pairing.Paired(Competencies(before), Competencies(after), CompetencyChanges),
                Pairing.Paired(Areas(before), Areas(after), AreaChanges),
                OutcomeChangeFinder.Values(before, after),
            }
                .SelectMany(c => c)
                .OrderBy(c => c.Section),
        ];

    public static IReadOnlyList<EvidenceChange> Evidence(AssessmentScore before, AssessmentScore after)
    {
        var earlier = EvidenceOf(before).ToList();
        var later = EvidenceOf(after).ToList();
        var (removed, added, _) = Pairing.ByWords(earlier, later, e => e.Subject + "\n" + e.Item.Text);
        return
        [
            .. added.Select(e => new EvidenceChange(e.Subject, true, WordExcerpt.Words(e.Item.Text), e.Item.Location)),
            .. removed.Select(e => new EvidenceChange(
                e.Subject,
                false,
                WordExcerpt.Words(e.Item.Text),
                e.Item.Location
            )),
        ];
    }

    /// <summary>
    /// A competency or governance measure as the diff compares it: self, evidenced (the engine's) and panel, where
    /// each rating is written (else the measure), its rationale, metrics and evidence.
    /// </summary>
    private sealed record MeasureValues(
        ChangeSection Section,
        string Subject,
        ChangedValue? Self,
        ChangedValue Evidenced,
        ChangedValue? Panel,
        int EvidencedRank,
        SourceLocation? SelfAt,
        SourceLocation? PanelAt,
        MeasureRecord Record
    );

    /// <summary>What a competency and a governance measure record have in common, their ratings apart.</summary>
    private sealed record MeasureRecord(
        string? Rationale,
        SourceRef? Source,
        IReadOnlyList<MetricValue> Metrics,
        IReadOnlyList<EvidenceItem> Evidence,
        SourceLocation Location
    );

    private static IEnumerable<(string Key, MeasureValues Value)> Measures(AssessmentScore score) =>
        (
            from c in score.Competencies
            from m in c.Measures
            select (
                $"{c.Definition.Id}/{m.Definition.Id}",
                Values(
                    ChangeSection.Competencies,
                    $"{c.Definition.Number}{m.Definition.Id} {m.Definition.Name}",
                    m.Record,
                    m.EvidencedLevel,
                    m.EvidencedLevel
                )
            )
        ).Concat(
            from area in score.Governance
            from m in area.Measures
            select (
                $"{area.Definition.Id}/{m.Definition.Id}",
                Values(
                    ChangeSection.Governance,
                    $"{area.Definition.Name} {m.Definition.Number}. {m.Definition.Name}",
                    m.Record,
                    m.Evidenced,
                    (int)m.Evidenced
                )
            )
        );

    private static MeasureValues Values<T>(
        ChangeSection section,
        string subject,
        MeasureRecord<T> record,
        T evidenced,
        int rank
    )
        where T : struct =>
        new(
            section,
            subject,
            Rated(record.Self),
            new(RatingWords.Show(evidenced), ProvenanceKind.Computed),
            Rated(record.Panel),
            rank,
            record.Self?.Location,
            record.Panel?.Location,
            new(record.Rationale, record.Source, record.Metrics, record.Evidence, record.Location)
        );

    /// <summary>A competency or governance area with the recommendations its file gives.</summary>
    private sealed record Scored<T>(T Score, IReadOnlyList<NarrativeItem> Recommendations);

    private static IEnumerable<(string Key, Scored<CompetencyScore> Value)> Competencies(AssessmentScore score) =>
        score.Competencies.Select(c =>
            (
                c.Definition.Id,
                new Scored<CompetencyScore>(c, score.Assessment.Competency(c.Definition.Id)?.Recommendations ?? [])
            )
        );

    private static IEnumerable<(string Key, Scored<GovernanceAreaScore> Value)> Areas(AssessmentScore score) =>
        score.Governance.Select(g =>
            (
                g.Definition.Id,
                new Scored<GovernanceAreaScore>(g, score.Assessment.Area(g.Definition.Id)?.Recommendations ?? [])
            )
        );

    private static IEnumerable<Change> MeasureChanges(MeasureValues? before, MeasureValues? after)
    {
        var (section, subject) = ((after ?? before)!.Section, (after ?? before)!.Subject);
        var where = after?.Record.Location;
        if (before is null || after is null)
        {
            yield return new Change(
                section,
                subject,
                "measure",
                before is null ? null : InFramework,
                after is null ? null : InFramework,
                where
            );
            yield break;
        }

        var ratings = new[]
        {
            ("self", before.Self, after.Self, after.SelfAt),
            ("evidenced", before.Evidenced, after.Evidenced, null),
            ("panel", before.Panel, after.Panel, after.PanelAt),
        };
        foreach (var (aspect, b, a, at) in ratings)
        {
            if (b != a)
            {
                yield return new Change(section, subject, aspect, b, a, at ?? where)
                {
                    Fall = aspect == "evidenced" && after.EvidencedRank < before.EvidencedRank,
                };
            }
        }

        var (was, now) = (before.Record, after.Record);
        var said = Paragraph(section, subject, "rationale", was.Rationale, now.Rationale, where)
            .Concat(
                Compare(
                    section,
                    subject,
                    "rationale source",
                    Source(was.Source),
                    Source(now.Source),
                    now.Source?.Location ?? where
                )
            )
            .Concat(Pairing.Paired(Metrics(was), Metrics(now), (b, a) => MetricChanges(section, subject, b, a)))
            .Concat(EvidenceChanges(section, subject, was.Evidence, now.Evidence));
        foreach (var change in said)
        {
            yield return change;
        }
    }

    private static IEnumerable<(string Key, MetricValue Value)> Metrics(MeasureRecord record) =>
        record.Metrics.Select(m => (m.MetricId, m));

    private static IEnumerable<Change> MetricChanges(
        ChangeSection section,
        string subject,
        MetricValue? before,
        MetricValue? after
    )
    {
        var id = (after ?? before)!.MetricId;
        return Compare(section, subject, id, Metric(before), Metric(after), after?.Location)
            .Concat(
                Compare(
                    section,
                    subject,
                    $"source of {id}",
                    Source(before?.Provenance.Source),
                    Source(after?.Provenance.Source),
                    after?.Location
                )
            );
    }

    /// <summary>Evidence kept (same words) whose tags or source changed; items added or removed are listed
    /// apart.</summary>
    private static IEnumerable<Change> EvidenceChanges(
        ChangeSection section,
        string subject,
        IReadOnlyList<EvidenceItem> before,
        IReadOnlyList<EvidenceItem> after
    )
    {
        foreach (var (b, a) in Pairing.ByWords(before, after, e => e.Text).Same)
        {
            var item = $"\"{WordExcerpt.Short(a.Text)}\"";
            var changes = Compare(
                    section,
                    subject,
                    $"tags of {item}",
                    Stated(string.Join(", ", b.Tags)),
                    Stated(string.Join(", ", a.Tags)),
                    a.Location
                )
                .Concat(
                    Compare(
                        section,
                        subject,
                        $"source of {item}",
                        Source(b.Source),
                        Source(a.Source),
                        a.Source?.Location ?? a.Location
                    )
                )
                .Concat(Compare(section, subject, $"date of {item}", Stated(b.Date), Stated(a.Date), a.Location));
            foreach (var change in changes)
            {
                yield return change;
            }
        }
    }

    private static IEnumerable<Change> CompetencyChanges(Scored<CompetencyScore>? was, Scored<CompetencyScore>? now)
    {
        var (before, after) = (was?.Score, now?.Score);
        var subject = (after ?? before)!.Definition;
        var label = $"{subject.Number} {subject.Name}";
        (string, double?, double?)[] scores =
        [
            ("self", before?.SelfScore, after?.SelfScore),
            ("evidenced", before?.EvidencedScore, after?.EvidencedScore),
            ("panel", before?.PanelScore, after?.PanelScore),
        ];
        foreach (var (aspect, b, a) in scores)
        {
            if (Mean(b) != Mean(a))
            {
                yield return new Change(ChangeSection.CompetencyScores, label, aspect, Mean(b), Mean(a), null);
            }
        }

        foreach (
            var change in Items(
                ChangeSection.CompetencyScores,
                label,
                "recommendation",
                was?.Recommendations ?? [],
                now?.Recommendations ?? []
            )
        )
        {
            yield return change;
        }
    }

    private static IEnumerable<Change> AreaChanges(Scored<GovernanceAreaScore>? was, Scored<GovernanceAreaScore>? now)
    {
        var (before, after) = (was?.Score, now?.Score);
        var label = (after ?? before)!.Definition.Name;
        var ratings = new[]
        {
            ("evidenced", Rolled(before?.EvidencedRating), Rolled(after?.EvidencedRating)),
            ("panel", AreaRating(before), AreaRating(after)),
        };
        foreach (var (aspect, b, a) in ratings)
        {
            if (b != a)
            {
                yield return new Change(
                    ChangeSection.GovernanceAreas,
                    label,
                    aspect,
                    b,
                    a,
                    after?.StatedRating?.Location
                );
            }
        }

        foreach (
            var change in Items(
                ChangeSection.GovernanceAreas,
                label,
                "recommendation",
                was?.Recommendations ?? [],
                now?.Recommendations ?? []
            )
        )
        {
            yield return change;
        }
    }

    private static IEnumerable<(string Subject, EvidenceItem Item)> EvidenceOf(AssessmentScore score) =>
        from measure in Measures(score)
        from e in measure.Value.Record.Evidence
        select (measure.Value.Subject, e);

    private static readonly ChangedValue InFramework = new("in the framework", ProvenanceKind.Stated);

    private static ChangedValue? Rated<T>(Rating<T>? rating)
        where T : struct => rating is null ? null : new(RatingWords.Show(rating.Value), rating.Provenance.Kind);

    private static ChangedValue? Rolled(Rag? rating) =>
        rating is { } rag ? new(rag.Title(), ProvenanceKind.Computed) : null;

    /// <summary>
    /// The area rating a report shows: the panel's stated one, else the roll-up of its measure ratings.
    /// </summary>
    private static ChangedValue? AreaRating(GovernanceAreaScore? area) =>
        area?.StatedRating is { } stated ? Rated(stated) : Rolled(area?.PanelRating);

    /// <summary>
    /// Means are compared as printed (two decimals): a change below that is not one a reader can see.
    /// </summary>
    private static ChangedValue? Mean(double? value) =>
        value is { } v ? new(v.ToString("0.00", CultureInfo.InvariantCulture), ProvenanceKind.Computed) : null;
}
