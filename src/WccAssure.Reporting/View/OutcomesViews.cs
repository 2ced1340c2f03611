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
            string.Join("; ", new[] { s.Historic.NotComputable, s.Aspiration.NotComputable }.OfType<string>().Distinct())))).ToList();
        var flagged = outcomes.Any(o => o.Record.Slipped is not null || o.Quartile is not null);
        var counts = flagged
            ? $"{score.Counts.OutcomesSlipped} outcome(s) slipped; {score.Counts.OutcomesBottomQuartile} at the bottom quartile rate of improvement."
            : "No per-outcome slipped or quartile flags are recorded.";
        return new OutcomesView(
            score.Assessment.Outcomes.SelectionDate ?? "",
            rows,
            Judgements(outcomes),
            [.. score.Assessment.Outcomes.Observations.Select(Narrative.Note)],
            counts,
            OutcomeChart.Svg(outcomes),
            outcomes.Count == 0);
    }

    /// <summary>"ambitious but credible: #3 and #5", grouped in the order the judgements first appear.</summary>
    private static IReadOnlyList<string> Judgements(IReadOnlyList<OutcomeScore> outcomes) =>
        [.. outcomes.Where(o => o.JudgementText is not null)
            .GroupBy(o => o.JudgementText!)
            .Select(g => $"{Capitalise(g.Key)}: {List(g.Select(o => $"#{o.Record.Number}").ToList())}")];

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

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
