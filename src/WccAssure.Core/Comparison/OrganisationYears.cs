namespace WccAssure.Core.Comparison;

/// <summary>
/// One organisation's years side by side: a league row per year it has, oldest first, with competencies aligned to
/// the pack's <see cref="ComparisonPack.YearCompetencies"/> (null in a year whose framework lacks one) and outcome
/// rates on each row. Real and synthetic years of one code are two entries, never mixed.
/// </summary>
public sealed record OrganisationYears(
    string Code, string Name, string Sha, bool Synthetic, IReadOnlyList<LeagueRow> Years)
{
    /// <summary>The row of one year, or null when the organisation has none for it.</summary>
    public LeagueRow? Of(string year) => Years.FirstOrDefault(y => y.Year == year);
}

/// <summary>
/// The mean of a group of organisations in one year: an SHA, or every organisation of the year given
/// (<see cref="Sha"/> null). The mean competency score is each organisation's competency points over the number of
/// competencies it was scored on (1–4, so years with different frameworks compare; null when none was scored);
/// points depend on the framework.
/// </summary>
public sealed record YearMean(
    string Year,
    string? Sha,
    int Organisations,
    double? MeanCompetencyScore,
    double MeanGovernancePoints,
    double MeanTotal);

/// <summary>
/// A year found among the assessments: how many organisations of the pack's scope it has, how many of other SHAs
/// were left out (`--sha`), and whether it is the league's year.
/// </summary>
public sealed record YearCoverage(string Year, int Organisations, int OtherShas, bool League);
