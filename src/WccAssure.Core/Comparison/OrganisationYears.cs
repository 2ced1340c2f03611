namespace WccAssure.Core.Comparison;

/// <summary>
/// One organisation's years side by side: a league row per year it has, oldest first, with competencies aligned to
/// the pack's <see cref="ComparisonPack.YearCompetencies"/> (null in a year whose framework lacks one) and outcome
/// rates on each row. Real and synthetic years of one code are two entries, never mixed.
/// </summary>
public sealed record OrganisationYears(
    string Code,
    string Name,
    string Sha,
    bool Synthetic,
    IReadOnlyList<LeagueRow> Years
)
{
    /// <summary>The row of one year, or null when the organisation has none for it.</summary>
    public LeagueRow? Of(string year) => Years.FirstOrDefault(y => y.Year == year);
}
