namespace WccAssure.Core.Model.Framework;

/// <summary>A competency measure (sub-competency) with its four levels, each with cumulative criteria.</summary>
public sealed record MeasureDefinition(string Id, string Name, IReadOnlyList<LevelDefinition> Levels);
