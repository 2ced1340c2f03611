namespace WccAssure.Core.Model.Framework;

/// <summary>One level of a competency measure: what it looks like and what evidence it needs.</summary>
/// <param name="Level">1–4; level 1 is the floor.</param>
/// <param name="Descriptor">What a PCT at this level looks like, in the framework's words.</param>
/// <param name="Criteria">
/// What this level adds; it is reached only when those of every level below hold too. Level 1, the floor, needs
/// none: its criteria are never checked.
/// </param>
public sealed record LevelDefinition(int Level, string Descriptor, IReadOnlyList<Criterion> Criteria);
