using WccAssure.Core.Results;
using WccAssure.Reporting.Pictures;

namespace WccAssure.Reporting.View;

/// <summary>Builds the outcomes table and the observations the engine computes.</summary>
public static class OutcomesViews
{
    public static OutcomesView Build(AssessmentScore score)
    {
        var outcomes = score.Outcomes;
        var rows = outcomes.SelectMany(o => o.Splits.Select((s, i) => new OutcomeRowView(
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
            i == 0 ? Quartile(o.Quartile) : "",
            i == 0 ? o.JudgementText ?? "" : "",
            string.Join("; ", new[] { s.Historic.NotComputable, s.Aspiration.NotComputable }.OfType<string>().Distinct()))
        {
            PctMark = ValueMarks.Rate(s.Historic),
            AspirationMark = ValueMarks.Rate(s.Aspiration),
            BenchmarkMark = o.BenchmarkSource is { } set ? ValueMark.Computed($"Benchmarks computed by this tool from the data set {set}.") : ValueMark.None,
        })).ToList();
        var slipped = score.Counts.OutcomesSlipped;
        var bottom = score.Counts.OutcomesBottomQuartile;
        var counts = slipped.Basis == CountBasis.NotRecorded && bottom.Basis == CountBasis.NotRecorded
            ? "Slipped outcomes and bottom-quartile rates of improvement: not recorded."
            : $"Outcomes slipped: {Plain(slipped)}. At the bottom quartile rate of improvement: {Plain(bottom)}.";
        var judgements = Judgements(outcomes);
        return new OutcomesView(
            score.Assessment.Outcomes.SelectionDate ?? "",
            rows,
            judgements,
            [.. score.Assessment.Outcomes.Observations.Select(Narrative.Note)],
            counts,
            Statements(score, counts, judgements),
            OutcomeChart.Svg(outcomes),
            outcomes.Count == 0)
        {
            PeerGroup = PeerGroupHeading.Of(outcomes),
        };
    }

    /// <summary>"ambitious but credible: #3 and #5", grouped in the order the judgements first appear.</summary>
    private static IReadOnlyList<string> Judgements(IReadOnlyList<OutcomeScore> outcomes) =>
        [.. outcomes.Where(o => o.JudgementText is not null)
            .GroupBy(o => o.JudgementText!)
            .Select(g => $"{List(g.Select(o => $"#{o.Record.Number}").ToList())}: {Capitalise(g.Key)}")];

    /// <summary>
    /// Everything said about the outcomes, in the order a panel report says it: the observations the data
    /// records (selection changes), then performance (slipped and bottom-quartile counts, then the rows that
    /// improved, changed little or worsened), then the aspiration judgements.
    /// </summary>
    private static IReadOnlyList<NoteView> Statements(AssessmentScore score, string counts, IReadOnlyList<string> judgements)
    {
        var changes = new[] { ("improved", "Improvement"), ("little-change", "Little change"), ("worsened", "Worsening") }
            .Select(c => (Word: c.Item2, Rows: score.Outcomes.Where(o => o.Record.Change == c.Item1).Select(o => $"#{o.Record.Number}").ToList()))
            .Where(c => c.Rows.Count > 0)
            .Select(c => Narrative.Note($"{c.Word}: {List(c.Rows)}.", ""));
        return [
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

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The count as a reader needs it, without the citation (the note carries that).</summary>
    private static string Plain(OutcomeFlagCount count) => (count with { Source = null }).Describe();

    private static string Shown(Derived derived) => derived.Value is null ? "n/a" : Formats.Rate(derived.Value);

    private static string Quartile(string? quartile) => quartile switch
    {
        "top" => "x top quartile",
        "upper" => "■ upper quartile",
        "lower" => "■ lower quartile",
        "bottom" => "x bottom quartile",
        _ => "",
    };
}
