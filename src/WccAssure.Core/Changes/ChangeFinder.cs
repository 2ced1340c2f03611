using System.Globalization;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Results;

namespace WccAssure.Core.Changes;

/// <summary>
/// Pairs the two assessments' measures, competencies, areas and outcomes by their framework ids (not by position:
/// the 2009/10 framework added a competency) and keeps what differs: within a section in the later assessment's
/// order, with what only the earlier one has after it.
/// </summary>
internal static class ChangeFinder
{
    /// <summary>Every change, section by section (the order <see cref="ChangeSection"/> lists them in).</summary>
    public static IReadOnlyList<Change> Values(AssessmentScore before, AssessmentScore after) =>
    [
        .. new[]
        {
            Paired(Measures(before), Measures(after), MeasureChanges),
            Paired(Competencies(before), Competencies(after), CompetencyChanges),
            Paired(Areas(before), Areas(after), AreaChanges),
            Paired(Outcomes(before), Outcomes(after), OutcomeChanges),
        }.SelectMany(c => c).OrderBy(c => c.Section),
    ];

    public static IReadOnlyList<EvidenceChange> Evidence(AssessmentScore before, AssessmentScore after)
    {
        var earlier = EvidenceOf(before).ToList();
        var later = EvidenceOf(after).ToList();
        return [.. Unmatched(later, earlier, added: true), .. Unmatched(earlier, later, added: false)];
    }

    /// <summary>
    /// A competency or governance measure as the diff compares it: self, evidenced (the engine's) and panel, where
    /// each rating is written (else the measure), and its evidence.
    /// </summary>
    private sealed record MeasureValues(
        ChangeSection Section,
        string Subject,
        ChangedValue? Self,
        ChangedValue Evidenced,
        ChangedValue? Panel,
        SourceLocation Where,
        SourceLocation? SelfAt,
        SourceLocation? PanelAt,
        IReadOnlyList<EvidenceItem> Evidence);

    private static IEnumerable<(string Key, MeasureValues Value)> Measures(AssessmentScore score) =>
        (from c in score.Competencies
         from m in c.Measures
         select ($"{c.Definition.Id}/{m.Definition.Id}",
             Values(ChangeSection.Competencies, $"{c.Definition.Number}{m.Definition.Id} {m.Definition.Name}", m.Record, m.EvidencedLevel)))
        .Concat(
            from area in score.Governance
            from m in area.Measures
            select ($"{area.Definition.Id}/{m.Definition.Id}",
                Values(ChangeSection.Governance, $"{area.Definition.Name} {m.Definition.Number}. {m.Definition.Name}", m.Record, m.Evidenced)));

    private static MeasureValues Values<T>(ChangeSection section, string subject, MeasureRecord<T> record, T evidenced)
        where T : struct =>
        new(section, subject, Rated(record.Self), new(RatingWords.Show(evidenced), ProvenanceKind.Computed), Rated(record.Panel),
            record.Location, record.Self?.Location, record.Panel?.Location, record.Evidence);

    private static IEnumerable<(string Key, CompetencyScore Value)> Competencies(AssessmentScore score) =>
        score.Competencies.Select(c => (c.Definition.Id, c));

    private static IEnumerable<(string Key, GovernanceAreaScore Value)> Areas(AssessmentScore score) =>
        score.Governance.Select(g => (g.Definition.Id, g));

    private static IEnumerable<(string Key, OutcomeScore Value)> Outcomes(AssessmentScore score) =>
        score.Outcomes.Select(o => (o.Record.Number.ToString(CultureInfo.InvariantCulture), o));

    private static IEnumerable<Change> MeasureChanges(MeasureValues? before, MeasureValues? after)
    {
        var (section, subject) = ((after ?? before)!.Section, (after ?? before)!.Subject);
        var where = after?.Where;
        if (before is null || after is null)
        {
            yield return new Change(section, subject, "measure", before is null ? null : InFramework, after is null ? null : InFramework, where);
            yield break;
        }

        var aspects = new[] { ("self", before.Self, after.Self, after.SelfAt), ("evidenced", before.Evidenced, after.Evidenced, null), ("panel", before.Panel, after.Panel, after.PanelAt) };
        foreach (var (aspect, b, a, at) in aspects)
        {
            if (b != a)
            {
                yield return new Change(section, subject, aspect, b, a, at ?? where);
            }
        }
    }

    private static IEnumerable<Change> CompetencyChanges(CompetencyScore? before, CompetencyScore? after)
    {
        var subject = (after ?? before)!.Definition;
        var label = $"{subject.Number} {subject.Name}";
        (string, double?, double?)[] scores =
        [
            ("self", before?.SelfScore, after?.SelfScore), ("evidenced", before?.EvidencedScore, after?.EvidencedScore), ("panel", before?.PanelScore, after?.PanelScore),
        ];
        foreach (var (aspect, b, a) in scores)
        {
            if (Mean(b) != Mean(a))
            {
                yield return new Change(ChangeSection.CompetencyScores, label, aspect, Mean(b), Mean(a), null);
            }
        }
    }

    private static IEnumerable<Change> AreaChanges(GovernanceAreaScore? before, GovernanceAreaScore? after)
    {
        var label = (after ?? before)!.Definition.Name;
        foreach (var (aspect, b, a) in new[] { ("evidenced", Rolled(before?.EvidencedRating), Rolled(after?.EvidencedRating)), ("panel", AreaRating(before), AreaRating(after)) })
        {
            if (b != a)
            {
                yield return new Change(ChangeSection.GovernanceAreas, label, aspect, b, a, after?.StatedRating?.Location);
            }
        }
    }

    private static IEnumerable<Change> OutcomeChanges(OutcomeScore? before, OutcomeScore? after)
    {
        var outcome = (after ?? before)!;
        var label = $"{outcome.Record.Number} {(outcome.Splits.Count > 0 ? outcome.Splits[0].Indicator?.Name : null) ?? outcome.Record.Priority}";
        var b = Judgement(before);
        var a = Judgement(after);
        if (b != a)
        {
            yield return new Change(ChangeSection.Outcomes, label, "judgement", b, a, after?.Record.Location);
        }
    }

    /// <summary>Pairs items by key and hands each pair (one side null when only the other has it) to <paramref name="compare"/>.</summary>
    private static IEnumerable<Change> Paired<T>(IEnumerable<(string Key, T Value)> before, IEnumerable<(string Key, T Value)> after, Func<T?, T?, IEnumerable<Change>> compare)
        where T : class
    {
        // Keys are unique in a valid assessment; a repeat would pair with the first, never stop the diff.
        var earlier = before.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var later = after.ToList();
        var laterKeys = later.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return later.SelectMany(p => compare(earlier.GetValueOrDefault(p.Key), p.Value))
            .Concat(before.Where(p => !laterKeys.Contains(p.Key)).SelectMany(p => compare(p.Value, null)));
    }

    private static IEnumerable<(string Subject, string Text, SourceLocation Where)> EvidenceOf(AssessmentScore score) =>
        from measure in Measures(score)
        from e in measure.Value.Evidence
        select (measure.Value.Subject, Words(e.Text), e.Location);

    /// <summary>The items of <paramref name="side"/> the other side lacks, counting repeats: a second copy added is a change.</summary>
    private static IEnumerable<EvidenceChange> Unmatched(List<(string Subject, string Text, SourceLocation Where)> side, List<(string Subject, string Text, SourceLocation Where)> other, bool added)
    {
        var left = other.GroupBy(e => (e.Subject, e.Text)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var item in side)
        {
            if (left.GetValueOrDefault((item.Subject, item.Text)) is > 0 and var count)
            {
                left[(item.Subject, item.Text)] = count - 1;
                continue;
            }

            yield return new EvidenceChange(item.Subject, added, item.Text, item.Where);
        }
    }

    private static readonly ChangedValue InFramework = new("in the framework", ProvenanceKind.Stated);

    private static ChangedValue? Rated<T>(Rating<T>? rating)
        where T : struct =>
        rating is null ? null : new(RatingWords.Show(rating.Value), rating.Provenance.Kind);

    private static ChangedValue? Rolled(Rag? rating) => rating is { } rag ? new(rag.Title(), ProvenanceKind.Computed) : null;

    /// <summary>The area rating a report shows: the panel's stated one, else the roll-up of its measure ratings.</summary>
    private static ChangedValue? AreaRating(GovernanceAreaScore? area) =>
        area?.StatedRating is { } stated ? Rated(stated) : Rolled(area?.PanelRating);

    private static ChangedValue? Judgement(OutcomeScore? outcome) =>
        outcome?.JudgementText is { } text ? new(text, ProvenanceKind.Computed) : null;

    /// <summary>Means are compared as printed (two decimals): a change below that is not one a reader can see.</summary>
    private static ChangedValue? Mean(double? value) =>
        value is { } v ? new(v.ToString("0.00", CultureInfo.InvariantCulture), ProvenanceKind.Computed) : null;

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
