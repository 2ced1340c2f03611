namespace WccAssure.Core.Model.Framework;

/// <summary>Strategy, Finance or Board, with its measures.</summary>
public sealed record GovernanceAreaDefinition(
    string Id,
    string Name,
    IReadOnlyList<GovernanceMeasureDefinition> Measures
)
{
    public GovernanceMeasureDefinition? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
