using System.Globalization;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Results;
using static WccAssure.Core.Changes.ChangeValues;

namespace WccAssure.Core.Changes;

/// <summary>
/// The outcomes, paired by their number: an outcome one side has not chosen is newly selected or dropped; within
/// one, each split's indicator, series, rates (stated and computed), benchmarks, aspiration and judgement.
/// </summary>
internal static class OutcomeChangeFinder
{
    private const ChangeSection Section = ChangeSection.Outcomes;

    public static readonly ChangedValue Selected = new("selected", ProvenanceKind.Stated);

    public static IEnumerable<Change> Values(AssessmentScore before, AssessmentScore after) =>
        Pairing.Paired(Outcomes(before), Outcomes(after), OutcomeChanges);

    private static IEnumerable<(string Key, OutcomeScore Value)> Outcomes(AssessmentScore score) =>
        score.Outcomes.Select(o => (o.Record.Number.ToString(CultureInfo.InvariantCulture), o));

    private static IEnumerable<Change> OutcomeChanges(OutcomeScore? before, OutcomeScore? after)
    {
        var outcome = (after ?? before)!;
        var label = $"{outcome.Record.Number} {Name(outcome)}";
        var where = after?.Record.Location;
        if (before is null || after is null)
        {
            return
            [
                new Change(
                    Section,
                    label,
                    "outcome",
                    before is null ? null : Selected,
                    after is null ? null : Selected,
                    where
                ),
            ];
        }

        var (b, a) = (before.Record, after.Record);
        var splits = Pairing.Paired(Splits(before), Splits(after), (x, y) =>
            SplitChanges(label, outcome.Record.Number, after.Splits.Count > 1 || before.Splits.Count > 1, x, y)
        );
        return Compare(Section, label, "priority", Stated(b.Priority), Stated(a.Priority), where)
            .Concat(splits)
            .Concat(Compare(Section, label, "slipped", Flag(b.Slipped), Flag(a.Slipped), where))
            .Concat(Compare(Section, label, "quartile", Quartile(before), Quartile(after), where))
            .Concat(Paragraph(Section, label, "change", b.Change, a.Change, where))
            .Concat(Compare(Section, label, "judgement", Judgement(before), Judgement(after), where));
    }

    private static string Name(OutcomeScore outcome) =>
        (outcome.Splits.Count > 0 ? outcome.Splits[0].Indicator?.Name : null) ?? outcome.Record.Priority;

    /// <summary>Splits pair by their label (M and F), else by their place.</summary>
    private static IEnumerable<(string Key, OutcomeSplitScore Value)> Splits(OutcomeScore outcome) =>
        outcome.Splits.Select((s, i) => (s.Record.Label ?? i.ToString(CultureInfo.InvariantCulture), s));

    /// <summary>A split of an outcome with several is named by its own indicator (life expectancy of males, of
    /// females).</summary>
    private static IEnumerable<Change> SplitChanges(
        string label,
        int number,
        bool named,
        OutcomeSplitScore? before,
        OutcomeSplitScore? after
    )
    {
        var split = (after ?? before)!;
        var name = split.Indicator?.Name ?? split.Record.IndicatorId ?? split.Record.Label;
        var subject = named && name is not null ? $"{number} {name}" : label;
        var where = after?.Record.Location;
        var (b, a) = (before?.Record, after?.Record);
        var (hb, ha) = (b?.Historic, a?.Historic);
        var (ab, aa) = (b?.Aspiration, a?.Aspiration);
        return Compare(Section, subject, "indicator", Stated(b?.IndicatorId), Stated(a?.IndicatorId), where)
            .Concat(Compare(Section, subject, "series", Series(hb), Series(ha), ha?.Location ?? where))
            .Concat(Compare(Section, subject, "stated rate", Number(hb?.Cagr), Number(ha?.Cagr), ha?.Location ?? where))
            .Concat(
                Compare(
                    Section,
                    subject,
                    "source of the series",
                    Source(hb?.Source),
                    Source(ha?.Source),
                    ha?.Location ?? where
                )
            )
            .Concat(Compare(Section, subject, "rate", Rate(before), Rate(after), ha?.Location ?? where))
            .Concat(
                Compare(
                    Section,
                    subject,
                    "national",
                    Figure(before?.National),
                    Figure(after?.National),
                    a?.Benchmarks?.Location ?? where
                )
            )
            .Concat(
                Compare(
                    Section,
                    subject,
                    "cluster",
                    Figure(before?.Cluster),
                    Figure(after?.Cluster),
                    a?.Benchmarks?.Location ?? where
                )
            )
            .Concat(
                Compare(
                    Section,
                    subject,
                    "top decile",
                    Figure(before?.TopDecile),
                    Figure(after?.TopDecile),
                    a?.Benchmarks?.Location ?? where
                )
            )
            .Concat(
                Compare(Section, subject, "aspiration rate", Number(ab?.Cagr), Number(aa?.Cagr), aa?.Location ?? where)
            )
            .Concat(
                Compare(
                    Section,
                    subject,
                    "aspiration baseline",
                    Point(ab?.Baseline),
                    Point(aa?.Baseline),
                    aa?.Location ?? where
                )
            )
            .Concat(
                Compare(
                    Section,
                    subject,
                    "aspiration target",
                    Point(ab?.Target),
                    Point(aa?.Target),
                    aa?.Location ?? where
                )
            )
            .Concat(
                Compare(
                    Section,
                    subject,
                    "source of the aspiration",
                    Source(ab?.Source),
                    Source(aa?.Source),
                    aa?.Location ?? where
                )
            )
            .Concat(Compare(Section, subject, "aspired rate", Aspired(before), Aspired(after), aa?.Location ?? where))
            .Concat(
                Compare(
                    Section,
                    subject,
                    "judgement",
                    Stated(before?.SplitJudgement),
                    Stated(after?.SplitJudgement),
                    where
                )
            );
    }

    /// <summary>A series as the report's table lists it: each period with its value, * on a reconstructed
    /// one.</summary>
    private static ChangedValue? Series(HistoricRecord? historic) =>
        historic is null || historic.Series.Count == 0
            ? null
            : Stated(string.Join(", ", historic.Series.Select(p => $"{p.Period}: {Marked(p.Value)}")));

    private static ChangedValue? Point(SeriesPoint? point) =>
        point is null ? null : Stated($"{point.Period}: {Marked(point.Value)}");

    private static string Marked(StatedNumber value) =>
        (value.Placeholder ?? ChangeValues.Figure(value.Value))
        + (value.Provenance.Kind == ProvenanceKind.Reconstructed ? "*" : "");

    private static ChangedValue? Rate(OutcomeSplitScore? split) =>
        split is null ? null : ChangeValues.Rate(split.Historic);

    private static ChangedValue? Aspired(OutcomeSplitScore? split) =>
        split is null ? null : ChangeValues.Rate(split.Aspiration);

    private static ChangedValue? Figure(double? value) =>
        value is { } v
            ? new(v.ToString("0.00", CultureInfo.InvariantCulture) + "% a year", ProvenanceKind.Stated)
            : null;

    private static ChangedValue? Flag(bool? flag) => flag is { } f ? Stated(f ? "yes" : "no") : null;

    private static ChangedValue? Quartile(OutcomeScore outcome) => Stated(outcome.Quartile?.ToString());

    private static ChangedValue? Judgement(OutcomeScore? outcome) =>
        outcome?.JudgementText is { } text ? new(text, ProvenanceKind.Computed) : null;
}
