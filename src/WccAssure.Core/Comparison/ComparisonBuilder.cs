using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Comparison;

/// <summary>Builds the comparison pack. Pure and ordered: the same scores give the same pack.</summary>
public static class ComparisonBuilder
{
    /// <summary>Null when some assessment is of the year and strategic health authority asked for (null: any), else why not.</summary>
    public static string? NoMatch(IReadOnlyList<AssessmentScore> scores, string? year, string? sha) =>
        scores.Count == 0 || scores.Any(s => s.Assessment.Year == (year ?? s.Assessment.Year) && (sha is null || string.Equals(s.Assessment.Sha, sha, StringComparison.OrdinalIgnoreCase)))
            ? null
            : $"no assessment matches{(year is null ? "" : $" year {Yaml.NodeValues.Shorten(year)}")}{(sha is null ? "" : $" SHA '{Yaml.NodeValues.Shorten(sha)}'")}";

    public static ComparisonPack Build(IReadOnlyList<AssessmentScore> scores, string? year, string? sha, BenchmarkTable? benchmarks)
    {
        var chosenYear = year ?? scores.Select(s => s.Assessment.Year).Max(StringComparer.Ordinal) ?? "";
        var inYear = scores.Where(s => s.Assessment.Year == chosenYear && (sha is null || string.Equals(s.Assessment.Sha, sha, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Assessment.OrganisationCode, StringComparer.Ordinal).ToList();
        var framework = inYear.FirstOrDefault()?.Framework;
        var columns = framework?.Competencies.Select(c => new CompetencyColumn(c.Id, c.Number, c.ShortName)).ToList() ?? [];
        var areas = framework?.Governance.Select(a => a.Name).ToList() ?? [];
        var league = Rank([.. inYear.Select(s => Row(s, columns))]);
        return new ComparisonPack(
            chosenYear,
            sha,
            inYear.Any(s => s.Assessment.Synthetic),
            columns,
            areas,
            league,
            [.. columns.Select((c, i) => new LevelDistribution(c, [.. Enumerable.Range(1, 4).Select(level => league.Count(r => r.Competencies[i] is { } v && (int)Math.Floor(v + 1e-9) == level))]))],
            [.. columns.Select(c => Calibrate(c, inYear))],
            Movement(scores, columns, sha),
            benchmarks?.Indicators ?? [],
            benchmarks?.Name);
    }

    private static LeagueRow Row(AssessmentScore score, IReadOnlyList<CompetencyColumn> columns)
    {
        // One basis per row: the panel's ratings only when the panel rated every measure, else the evidenced ones.
        var usePanel = score.Competencies.Count > 0 && score.Competencies.All(c => c.PanelScore is not null)
            && score.Governance.All(g => g.PanelRating is not null);
        var competencies = columns.Select(col => score.Competencies.FirstOrDefault(c => c.Definition.Id == col.Id) is { } c ? usePanel ? c.PanelScore : c.EvidencedScore : null).ToList();
        var areas = score.Governance.Select(g => (Rag?)(usePanel ? g.Rating!.Value : g.EvidencedRating)).ToList();
        var governancePoints = score.Governance.SelectMany(g => g.Measures).Sum(m => (int)(usePanel ? m.Record.Panel!.Value : m.Evidenced));
        var competencyPoints = Math.Round(competencies.Sum(v => v ?? 0), 2);
        var a = score.Assessment;
        return new LeagueRow(0, a.OrganisationCode, a.OrganisationName, a.Sha ?? "", a.Year, a.Status, a.Synthetic, usePanel ? LeagueBasis.Panel : LeagueBasis.Evidenced,
            competencies, areas, competencyPoints, governancePoints, Math.Round(competencyPoints + governancePoints, 2));
    }

    /// <summary>Competition ranking ("1, 2, 2, 4"): equal totals share a rank; ties are listed by code.</summary>
    private static IReadOnlyList<LeagueRow> Rank(IReadOnlyList<LeagueRow> rows)
    {
        var ordered = rows.OrderByDescending(r => r.Total).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var ranked = new List<LeagueRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var shared = i > 0 && Math.Abs(ordered[i].Total - ordered[i - 1].Total) < 1e-9;
            ranked.Add(ordered[i] with { Rank = shared ? ranked[i - 1].Rank : i + 1 });
        }

        return ranked;
    }

    private static CalibrationRow Calibrate(CompetencyColumn column, IReadOnlyList<AssessmentScore> scores)
    {
        var pairs = scores.Select(s => s.Competencies.FirstOrDefault(c => c.Definition.Id == column.Id))
            .Where(c => c?.SelfScore is not null && c.PanelScore is not null)
            .Select(c => (Self: c!.SelfScore!.Value, Panel: c.PanelScore!.Value)).ToList();
        return pairs.Count == 0
            ? new CalibrationRow(column, 0, null, null, null)
            : new CalibrationRow(column, pairs.Count, pairs.Average(p => p.Self), pairs.Average(p => p.Panel), pairs.Average(p => p.Panel - p.Self));
    }

    private static IReadOnlyList<MovementRow> Movement(IReadOnlyList<AssessmentScore> scores, IReadOnlyList<CompetencyColumn> columns, string? sha) =>
        [.. scores.Where(s => sha is null || string.Equals(s.Assessment.Sha, sha, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => (s.Assessment.OrganisationCode, s.Assessment.Synthetic))
            .Where(g => g.Select(s => s.Assessment.Year).Distinct().Count() >= 2)
            .OrderBy(g => g.Key.OrganisationCode, StringComparer.Ordinal).ThenBy(g => g.Key.Synthetic)
            .Select(g =>
            {
                var ordered = g.OrderBy(s => s.Assessment.Year, StringComparer.Ordinal).ToList();
                var (from, to) = (Row(ordered[^2], columns), Row(ordered[^1], columns));
                var changes = columns.Select((_, i) => to.Competencies[i] - from.Competencies[i]).ToList();
                return new MovementRow(g.Key.OrganisationCode, to.Name, from.Year, to.Year, changes, Math.Round(to.CompetencyPoints - from.CompetencyPoints, 2));
            })];
}
