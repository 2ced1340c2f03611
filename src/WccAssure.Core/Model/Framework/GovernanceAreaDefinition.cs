namespace WccAssure.Core.Model.Framework;

/// <summary>Strategy, Finance or Board, with its measures.</summary>
public sealed record GovernanceAreaDefinition(
    string Id,
    string Name,
    IReadOnlyList<GovernanceMeasureDefinition> Measures
)
{
    /// <summary>The measure with id <paramref name="id"/>, or null when the area has none.</summary>
    public GovernanceMeasureDefinition? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
