using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Model.Assessment;

/// <summary>What an assessment's outcomes.yaml says; <see cref="Empty"/> when the assessment has none.</summary>
/// <param name="SelectionDate">When the outcomes were chosen, as written ("2009-10"), or null.</param>
/// <param name="Outcomes">The chosen outcomes, by number.</param>
/// <param name="LocalIndicators">Indicators the PCT declares itself, beside the framework's catalogue.</param>
/// <param name="Observations">The panel's observations on the outcomes (Markdown).</param>
public sealed record OutcomesRecord(
    string? SelectionDate,
    IReadOnlyList<OutcomeRecord> Outcomes,
    IReadOnlyList<IndicatorDefinition> LocalIndicators,
    IReadOnlyList<NarrativeItem> Observations
)
{
    /// <summary>No outcomes: what an assessment without outcomes.yaml reads as.</summary>
    public static readonly OutcomesRecord Empty = new(null, [], [], []);

    /// <summary>
    /// "N outcomes have slipped" as the source states it, when it does (outcomes.yaml `statedCounts.slipped`).
    /// </summary>
    public StatedCount? StatedSlipped { get; init; }

    /// <summary>"N outcomes are at the bottom quartile rate of improvement", as stated.</summary>
    public StatedCount? StatedBottomQuartile { get; init; }
}
