namespace WccAssure.Core.Model.Framework;

/// <summary>
/// A governance measure: Green when all green criteria hold, else Amber when all amber ones do, else Red.
/// </summary>
public sealed record GovernanceMeasureDefinition(
    string Id,
    int Number,
    string Name,
    IReadOnlyList<Criterion> Green,
    IReadOnlyList<Criterion> Amber
);
