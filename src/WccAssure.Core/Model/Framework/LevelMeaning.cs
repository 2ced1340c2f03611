namespace WccAssure.Core.Model.Framework;

/// <summary>The generic meaning of a competency level (1 to 4; 4 is world class).</summary>
public sealed record LevelMeaning(int Level, string Name, string Meaning);
