using WccAssure.Core.Results;

namespace WccAssure.Core.Comparison;

/// <summary>
/// Every year of the assessments given, side by side: the league is one year's, but no other year is dropped.
/// Each organisation's years, the SHA and overall means of each year, and what each year holds.
/// </summary>
internal static class YearsSideBySide
{
    public static IReadOnlyList<YearCoverage> Coverage(
        IReadOnlyList<AssessmentScore> chosen,
        string leagueYear,
        Func<AssessmentScore, bool> inScope
    ) =>
        [
            .. chosen
                .GroupBy(s => s.Assessment.Year)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new YearCoverage(g.Key, g.Count(inScope), g.Count(s => !inScope(s)), g.Key == leagueYear)),
        ];

    /// <summary>By code, a real organisation before its synthetic twin; each one's years oldest first.</summary>
    public static IReadOnlyList<OrganisationYears> Organisations(
        IReadOnlyList<AssessmentScore> scores,
        Func<AssessmentScore, LeagueRow> row
    ) =>
        [
            .. scores
                .GroupBy(s => (Code: s.Assessment.OrganisationCode.ToUpperInvariant(), s.Assessment.Synthetic))
                .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Synthetic)
                .Select(g =>
                {
                    var years = g.OrderBy(s => s.Assessment.Year, StringComparer.Ordinal).Select(row).ToList();
                    var latest = years[^1];
                    return new OrganisationYears(latest.Code, latest.Name, latest.Sha, g.Key.Synthetic, years);
                }),
        ];

    /// <summary>
    /// For each year: each SHA of the scope, then every organisation of the year (whatever <paramref name="sha"/>).
    /// </summary>
    public static IReadOnlyList<YearMean> Means(
        IReadOnlyList<AssessmentScore> chosen,
        string? sha,
        Func<AssessmentScore, LeagueRow> row
    ) =>
        [
            .. chosen
                .GroupBy(s => s.Assessment.Year)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(year =>
                {
                    var rows = year.Select(row).ToList();
                    var groups = rows.Where(r => r.Sha.Length > 0)
                        .Where(r => sha is null || string.Equals(r.Sha, sha, StringComparison.OrdinalIgnoreCase))
                        .GroupBy(r => r.Sha, StringComparer.OrdinalIgnoreCase)
                        .OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => Mean(year.Key, g.Key, [.. g]));
                    return groups.Append(Mean(year.Key, null, rows));
                }),
        ];

    /// <summary>
    /// The organisation's historic rate per indicator id; outcomes without an indicator id cannot be paired across
    /// years.
    /// </summary>
    public static IReadOnlyDictionary<string, double?> Rates(AssessmentScore score) =>
        score
            .Outcomes.SelectMany(o => o.Splits)
            .Where(s => s.Record.IndicatorId is not null)
            .DistinctBy(s => s.Record.IndicatorId)
            .ToDictionary(s => s.Record.IndicatorId!, s => s.Historic.Value, StringComparer.Ordinal);

    private static YearMean Mean(string year, string? sha, IReadOnlyList<LeagueRow> rows) =>
        new(
            year,
            sha,
            rows.Count,
            rows.Select(r => r.MeanScore).OfType<double>().ToList() is { Count: > 0 } scores ? scores.Average() : null,
            rows.Average(r => (double)r.GovernancePoints),
            rows.Average(r => r.Total)
        );
}
