namespace WccAssure.Core.Model.Framework;

/// <summary>Strategy, Finance or Board, with its measures.</summary>
public sealed record GovernanceAreaDefinition(string Id, string Name, IReadOnlyList<GovernanceMeasureDefinition> Measures)
{
    public GovernanceMeasureDefinition? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}

/// <summary>A governance measure: Green when all green criteria hold, else Amber when all amber ones do, else Red.</summary>
public sealed record GovernanceMeasureDefinition(
    string Id,
    int Number,
    string Name,
    IReadOnlyList<Criterion> Green,
    IReadOnlyList<Criterion> Amber);
