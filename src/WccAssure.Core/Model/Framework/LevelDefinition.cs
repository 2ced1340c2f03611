namespace WccAssure.Core.Model.Framework;

public sealed record LevelDefinition(int Level, string Descriptor, IReadOnlyList<Criterion> Criteria);
