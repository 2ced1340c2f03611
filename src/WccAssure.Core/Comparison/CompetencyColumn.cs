namespace WccAssure.Core.Comparison;

/// <summary>A competency as a column of the pack's tables.</summary>
/// <param name="Id">The framework's id ("c01").</param>
/// <param name="Number">Its number in the framework, which orders the columns.</param>
/// <param name="Name">Its short name, as the column heading.</param>
public sealed record CompetencyColumn(string Id, int Number, string Name);
