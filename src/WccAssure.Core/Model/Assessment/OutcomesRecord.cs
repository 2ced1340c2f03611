using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Model.Assessment;

public sealed record OutcomesRecord(
    string? SelectionDate,
    IReadOnlyList<OutcomeRecord> Outcomes,
    IReadOnlyList<IndicatorDefinition> LocalIndicators,
    IReadOnlyList<NarrativeItem> Observations
)
{
    public static readonly OutcomesRecord Empty = new(null, [], [], []);

    /// <summary>
    /// "N outcomes have slipped" as the source states it, when it does (outcomes.yaml `statedCounts.slipped`).
    /// </summary>
    public StatedCount? StatedSlipped { get; init; }

    /// <summary>"N outcomes are at the bottom quartile rate of improvement", as stated.</summary>
    public StatedCount? StatedBottomQuartile { get; init; }
}
