namespace WccAssure.Core.Comparison;

/// <summary>
/// A year found among the assessments: how many organisations of the pack's scope it has, how many of other SHAs
/// were left out (`--sha`), and whether it is the league's year.
/// </summary>
public sealed record YearCoverage(string Year, int Organisations, int OtherShas, bool League);
