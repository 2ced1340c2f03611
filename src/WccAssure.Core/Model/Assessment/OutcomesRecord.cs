using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Model.Assessment;

public sealed record OutcomesRecord(
    string? SelectionDate,
    IReadOnlyList<OutcomeRecord> Outcomes,
    IReadOnlyList<IndicatorDefinition> LocalIndicators,
    IReadOnlyList<NarrativeItem> Observations)
{
    public static readonly OutcomesRecord Empty = new(null, [], [], []);
}
