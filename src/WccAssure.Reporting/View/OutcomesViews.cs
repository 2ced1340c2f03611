using WccAssure.Core.Results;
using WccAssure.Reporting.Pictures;

namespace WccAssure.Reporting.View;

/// <summary>Builds the outcomes table and the observations the engine computes.</summary>
internal static class OutcomesViews
{
    public static OutcomesView Build(AssessmentScore score)
    {
        var outcomes = score.Outcomes;
        var rows = outcomes
            .SelectMany(o =>
                o.Splits.Select(
                    (s, i) =>
                        new OutcomeRowView(
                            i == 0 ? $"{o.Record.Number}" : "",
                            i == 0 ? Formats.Priority(o.Record.Priority) : "",
                            i == 0 && o.Record.Priority == Core.Model.OutcomePriorities.NewlySelected,
                            s.Indicator?.Name ?? "(none selected)",
                            s.Record.Label ?? "",
                            Shown(s.Historic),
                            Formats.Rate(s.National),
                            Formats.Rate(s.Cluster),
                            Formats.Rate(s.TopDecile),
                            Shown(s.Aspiration),
                            i == 0 ? QuartileMark(o.Quartile) : "",
                            i == 0 ? o.JudgementText ?? "" : "",
                            string.Join(
                                "; ",
                                new[] { s.Historic.NotComputable, s.Aspiration.NotComputable }
                                    .OfType<string>()
                                    .Distinct()
                            )
                        )
                        {
                            PctMark = ValueMarks.Rate(s.Historic),
                            AspirationMark = ValueMarks.Rate(s.Aspiration),
                            BenchmarkMark = o.BenchmarkSource is { } set
                                ? ValueMark.Computed($"Benchmarks computed by this tool from the data set {set}.")
                                : ValueMark.None,
                        }
                )
            )
            .ToList();
        var slipped = score.Counts.OutcomesSlipped;
        var bottom = score.Counts.OutcomesBottomQuartile;
        var counts =
            slipped.Basis == CountBasis.NotRecorded && bottom.Basis == CountBasis.NotRecorded
                ? "Slipped outcomes and bottom-quartile rates of improvement: not recorded."
                : $"Outcomes slipped: {Plain(slipped)}. At the bottom quartile rate of improvement: {Plain(bottom)}.";
        var judgements = Judgements(outcomes);
        var recommending = score
            .Framework.Outcomes.Aspiration.RowRules.Select(r => r.Judgement)
            .ToHashSet(StringComparer.Ordinal);
        return new OutcomesView(
            score.Assessment.Outcomes.SelectionDate ?? "",
            rows,
            judgements,
            [.. score.Assessment.Outcomes.Observations.Select(Narrative.Note)],
            counts,
            Statements(score, counts, judgements),
            OutcomeChart.Svg(outcomes),
            outcomes.Count == 0
        )
        {
            PeerGroup = PeerGroupHeading.Of(outcomes),
            Groups = Groups(score, counts, recommending),
            Notes = SourceNotes,
        };
    }

    /// <summary>
    /// The two notes under the panel report's outcome table (the seed's L280 and L282), defining its columns; they
    /// hold for every assessment of the framework, so every report prints them.
    /// </summary>
    private static readonly List<string> SourceNotes =
    [
        "Historic rates of improvement are taken over a three-year period where the data allow; some indicators use "
            + "another period.",
        "The top decile is the tenth of PCTs with the largest rate of improvement.",
    ];

    /// <summary>
    /// The observations in the panel report's four groups and order: changes in the selection from last year,
    /// performance over last year, the aspirations, and the panel's recommendations (the row rules' judgements).
    /// The judgements are this tool's proposed rules, so they carry †.
    /// </summary>
    private static List<OutcomeGroupView> Groups(
        AssessmentScore score,
        string counts,
        IReadOnlySet<string> recommending
    )
    {
        var changes = new[]
        {
            ("improved", "Improvement"),
            ("little-change", "Little change"),
            ("worsened", "Worsening"),
        }
            .Select(c =>
                (
                    Word: c.Item2,
                    Rows: score
                        .Outcomes.Where(o => o.Record.Change == c.Item1)
                        .Select(o => $"#{o.Record.Number}")
                        .ToList()
                )
            )
            .Where(c => c.Rows.Count > 0)
            .Select(c => Narrative.Note($"{c.Word}: {List(c.Rows)}.", ""));
        var judged = score.Outcomes.Where(o => o.JudgementText is not null).ToList();
        var groups = new List<OutcomeGroupView>
        {
            new(
                "Changes in outcomes from last year",
                [.. score.Assessment.Outcomes.Observations.Select(Narrative.Note)]
            ),
            new(
                "Performance over last year",
                [
                    Narrative.Note(counts, Cite(score.Counts.OutcomesSlipped, score.Counts.OutcomesBottomQuartile)),
                    .. changes,
                ]
            ),
            new("Aspirations", Judged(judged.Where(o => !recommending.Contains(o.Judgement!))))
            {
                Mark = OutcomeGroupView.Judged,
            },
            new("Panel recommendations", Judged(judged.Where(o => recommending.Contains(o.Judgement!))))
            {
                Mark = OutcomeGroupView.Judged,
            },
        };
        return [.. groups.Where(g => g.Items.Count > 0)];
    }

    private static List<NoteView> Judged(IEnumerable<OutcomeScore> outcomes) =>
        [
            .. outcomes
                .GroupBy(o => o.JudgementText!)
                .Select(g =>
                    Narrative.Note($"{List(g.Select(o => $"#{o.Record.Number}").ToList())}: {Capitalise(g.Key)}", "")
                ),
        ];

    /// <summary>"ambitious but credible: #3 and #5", grouped in the order the judgements first appear.</summary>
    private static IReadOnlyList<string> Judgements(IReadOnlyList<OutcomeScore> outcomes) =>
        [
            .. outcomes
                .Where(o => o.JudgementText is not null)
                .GroupBy(o => o.JudgementText!)
                .Select(g => $"{List(g.Select(o => $"#{o.Record.Number}").ToList())}: {Capitalise(g.Key)}"),
        ];

    /// <summary>
    /// Everything said about the outcomes, in the order a panel report says it: the observations the data
    /// records (selection changes), then performance (slipped and bottom-quartile counts, then the rows that
    /// improved, changed little or worsened), then the aspiration judgements.
    /// </summary>
    private static IReadOnlyList<NoteView> Statements(
        AssessmentScore score,
        string counts,
        IReadOnlyList<string> judgements
    )
    {
        var changes = new[]
        {
            ("improved", "Improvement"),
            ("little-change", "Little change"),
            ("worsened", "Worsening"),
        }
            .Select(c =>
                (
                    Word: c.Item2,
                    Rows: score
                        .Outcomes.Where(o => o.Record.Change == c.Item1)
                        .Select(o => $"#{o.Record.Number}")
                        .ToList()
                )
            )
            .Where(c => c.Rows.Count > 0)
            .Select(c => Narrative.Note($"{c.Word}: {List(c.Rows)}.", ""));
        return
        [
            .. score.Assessment.Outcomes.Observations.Select(Narrative.Note),
            Narrative.Note(counts, Cite(score.Counts.OutcomesSlipped, score.Counts.OutcomesBottomQuartile)),
            .. changes,
            .. judgements.Select(j => Narrative.Note(j, "")),
        ];
    }

    private static string Cite(params OutcomeFlagCount[] counts) =>
        string.Join(", ", counts.Select(c => c.Source?.ToString()).OfType<string>().Distinct());

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The count as a reader needs it, without the citation (the note carries that).</summary>
    private static string Plain(OutcomeFlagCount count) => (count with { Source = null }).Describe();

    private static string Shown(Derived derived) => derived.Value is null ? "n/a" : Formats.Rate(derived.Value);

    /// <summary>The seed report marks the extreme quartiles with a cross and the middle ones with a square.</summary>
    private static string QuartileMark(Core.Model.Quartile? quartile) =>
        quartile is null
            ? ""
            : (quartile == Core.Model.Quartile.Top || quartile == Core.Model.Quartile.Bottom ? "x " : "■ ")
                + quartile.Word
                + " quartile";
}
