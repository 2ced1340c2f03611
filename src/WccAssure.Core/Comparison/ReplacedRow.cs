namespace WccAssure.Core.Comparison;

/// <summary>
/// A synthetic assessment left out of the pack because a real one of the same organisation and year was given.
/// </summary>
public sealed record ReplacedRow(string Code, string Year, string SyntheticFolder, string RealFolder);
