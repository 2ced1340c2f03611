using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Comparison;

/// <summary>Builds the comparison pack. Pure and ordered: the same scores give the same pack.</summary>
public static class ComparisonBuilder
{
    /// <summary>
    /// Null when some assessment is of the year and strategic health authority asked for (null: any), else why not.
    /// </summary>
    public static string? NoMatch(IReadOnlyList<AssessmentScore> scores, string? year, string? sha) =>
        scores.Count == 0
        || scores.Any(s =>
            s.Assessment.Year == (year ?? s.Assessment.Year)
            && (sha is null || string.Equals(s.Assessment.Sha, sha, StringComparison.OrdinalIgnoreCase))
        )
            ? null
            : $"no assessment matches{(year is null ? "" : $" year {Yaml.NodeValues.Shorten(year)}")}"
                + $"{(sha is null ? "" : $" SHA '{Yaml.NodeValues.Shorten(sha)}'")}";

    /// <summary>
    /// The pack of <paramref name="year"/> (null: the latest year of any assessment) for <paramref name="sha"/> (null:
    /// every SHA); ranks are taken over the whole year either way. <paramref name="benchmarks"/>, when given, supplies
    /// the outcome rates.
    /// </summary>
    public static ComparisonPack Build(
        IReadOnlyList<AssessmentScore> scores,
        string? year,
        string? sha,
        BenchmarkTable? benchmarks
    )
    {
        var selection = PackSelection.Of(scores);
        var chosenYear = year ?? selection.Chosen.Select(s => s.Assessment.Year).Max(StringComparer.Ordinal) ?? "";
        bool InScope(AssessmentScore s) =>
            sha is null || string.Equals(s.Assessment.Sha, sha, StringComparison.OrdinalIgnoreCase);

        // Ranks are national and within the SHA, both taken over every organisation of the year, so that a pack
        // narrowed to one SHA and the page's SHA filter show the same two ranks.
        var inYear = selection
            .Chosen.Where(s => s.Assessment.Year == chosenYear)
            .OrderBy(s => s.Assessment.OrganisationCode, StringComparer.Ordinal)
            .ToList();
        var framework = inYear.Where(InScope).FirstOrDefault()?.Framework ?? inYear.FirstOrDefault()?.Framework;
        var columns = framework?.Competencies.Select(c => new CompetencyColumn(c.Id, c.Number, c.ShortName)).ToList()
            ?? [];
        var areas = framework?.Governance.Select(a => a.Name).ToList() ?? [];
        var yearColumns = YearColumns(selection.Chosen.Where(InScope));
        var national = Rank([.. inYear.Select(s => Row(s, columns, areas))], (r, rank) => r with { Rank = rank });
        var withinSha = national
            .GroupBy(r => r.Sha, StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => Rank([.. g], (r, rank) => r with { ShaRank = rank }))
            .ToDictionary(r => r.Code, r => r.ShaRank, StringComparer.OrdinalIgnoreCase);
        var league = national
            .Select(r => r with { ShaRank = withinSha[r.Code] })
            .Where(r => sha is null || string.Equals(r.Sha, sha, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var scoped = inYear.Where(InScope).ToList();
        return new ComparisonPack(
            chosenYear,
            sha,
            scoped.Any(s => s.Assessment.Synthetic),
            columns,
            areas,
            league,
            [
                .. columns.Select(
                    (c, i) =>
                        new LevelDistribution(
                            c,
                            [
                                .. Enumerable
                                    .Range(1, 4)
                                    .Select(level =>
                                        league.Count(r => r.Competencies[i] is { } v && ScoreBand.Level(v) == level)
                                    ),
                            ]
                        )
                ),
            ],
            [.. columns.Select(c => Calibrate(c, scoped))],
            Movement(selection.Chosen.Where(InScope).ToList(), columns),
            benchmarks?.Indicators ?? [],
            benchmarks?.Name
        )
        {
            Replaced =
            [
                .. selection.Replaced.Where(r => inYear.Any(s => s.Assessment.Folder == r.RealFolder && InScope(s))),
            ],
            Selection = selection,
            Framework = framework,
            PeerGroup = benchmarks?.PeerGroup ?? PeerGroup.OnsCluster,
            PeerGroups = benchmarks?.Clusters ?? new Dictionary<string, string>(),
            Years = YearsSideBySide.Coverage(selection.Chosen, chosenYear, InScope),
            YearCompetencies = yearColumns,
            Organisations = YearsSideBySide.Organisations(selection.Chosen.Where(InScope).ToList(), s =>
                Row(s, yearColumns, areas)
            ),
            Means = YearsSideBySide.Means(selection.Chosen, sha, s => Row(s, yearColumns, areas)),
            IndicatorNames = IndicatorNames(scores),
            BenchmarkOrigin = benchmarks?.Origin,
        };
    }

    /// <summary>Every competency of every year's framework, by number: a year without one shows it empty.</summary>
    private static List<CompetencyColumn> YearColumns(IEnumerable<AssessmentScore> scores) =>
        [
            .. scores
                .SelectMany(s => s.Framework.Competencies)
                .Select(c => new CompetencyColumn(c.Id, c.Number, c.ShortName))
                .DistinctBy(c => c.Id)
                .OrderBy(c => c.Number)
                .ThenBy(c => c.Id, StringComparer.Ordinal),
        ];

    /// <summary>
    /// Indicator names from the catalogues of the frameworks in use; the latest framework's name wins.
    /// </summary>
    private static Dictionary<string, string> IndicatorNames(IReadOnlyList<AssessmentScore> scores) =>
        scores
            .Select(s => s.Framework)
            .DistinctBy(f => f.Id)
            .OrderByDescending(f => f.Id, StringComparer.Ordinal)
            .SelectMany(f => f.Outcomes.Indicators)
            .DistinctBy(i => i.Id)
            .ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);

    /// <summary>
    /// One basis per row: the panel's ratings only when the panel rated every measure, else the evidenced ones.
    /// </summary>
    private static bool UsesPanel(AssessmentScore score) =>
        score.Competencies.Count > 0
        && score.Competencies.All(c => c.PanelScore is not null)
        && score.Governance.All(g => g.PanelRating is not null);

    /// <summary>
    /// Scores, points and the total are kept exact (a competency score is often a third): the points are the sum of
    /// the scores as stored, so a spreadsheet's sum of the score cells is the points cell, and equal totals tie.
    /// Outputs show two places.
    /// </summary>
    private static LeagueRow Row(
        AssessmentScore score,
        IReadOnlyList<CompetencyColumn> columns,
        IReadOnlyList<string> areaNames
    )
    {
        var usePanel = UsesPanel(score);
        var competencies = columns.Select(col => Score(score, usePanel, col.Id)).ToList();
        var areas = areaNames
            .Select(name =>
                score.Governance.FirstOrDefault(g => g.Definition.Name == name) is { } g
                    ? (Rag?)(usePanel ? g.Rating!.Value : g.EvidencedRating)
                    : null
            )
            .ToList();
        var governancePoints = GovernancePoints(score, usePanel).Values.Sum();
        // Nine places: the sum as stored (to well below anything shown), without the last bits that differ with the
        // order of addition, so equal totals are equal.
        var competencyPoints = Math.Round(competencies.Sum(v => v ?? 0), 9);
        var a = score.Assessment;
        return new LeagueRow(
            0,
            a.OrganisationCode,
            a.OrganisationName,
            a.Sha ?? "",
            a.Year,
            a.Status,
            a.Synthetic,
            usePanel ? LeagueBasis.Panel : LeagueBasis.Evidenced,
            competencies,
            areas,
            competencyPoints,
            governancePoints,
            Math.Round(competencyPoints + governancePoints, 9)
        )
        {
            Folder = a.Folder,
            Reconstructed = usePanel ? Reconstructions(score) : 0,
            Outcomes = YearsSideBySide.Rates(score),
        };
    }

    /// <summary>A competency's score on the row's basis (null when the year's framework lacks it).</summary>
    private static double? Score(AssessmentScore s, bool panel, string id) =>
        s.Competencies.FirstOrDefault(c => c.Definition.Id == id) is { } c
            ? panel
                ? c.PanelScore
                : c.EvidencedScore
            : null;

    private static int Reconstructions(AssessmentScore score) =>
        score
            .Competencies.SelectMany(c => c.Measures)
            .Count(m => m.Panel?.Provenance.Kind == ProvenanceKind.Reconstructed)
        + score
            .Governance.SelectMany(g => g.Measures)
            .Count(m => m.Record.Panel?.Provenance.Kind == ProvenanceKind.Reconstructed)
        + score.Governance.Count(g => g.StatedRating?.Provenance.Kind == ProvenanceKind.Reconstructed);

    /// <summary>Red 0, Amber 1, Green 2 for each governance measure, keyed "area/measure".</summary>
    private static Dictionary<string, int> GovernancePoints(AssessmentScore score, bool usePanel) =>
        score
            .Governance.SelectMany(g =>
                g.Measures.Select(m =>
                    (
                        Key: $"{g.Definition.Id}/{m.Definition.Id}",
                        Points: (int)(usePanel ? m.Record.Panel!.Value : m.Evidenced)
                    )
                )
            )
            .ToDictionary(m => m.Key, m => m.Points, StringComparer.Ordinal);

    /// <summary>Competition ranking ("1, 2, 2, 4"): equal totals share a rank; ties are listed by code.</summary>
    private static List<LeagueRow> Rank(IReadOnlyList<LeagueRow> rows, Func<LeagueRow, int, LeagueRow> withRank)
    {
        var ordered = rows.OrderByDescending(r => r.Total).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var ranked = new List<LeagueRow>(ordered.Count);
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            rank = i > 0 && ScoreBand.Same(ordered[i].Total, ordered[i - 1].Total) ? rank : i + 1;
            ranked.Add(withRank(ordered[i], rank));
        }

        return ranked;
    }

    private static CalibrationRow Calibrate(CompetencyColumn column, IReadOnlyList<AssessmentScore> scores)
    {
        var pairs = scores
            .Select(s => s.Competencies.FirstOrDefault(c => c.Definition.Id == column.Id))
            .Where(c => c?.SelfScore is not null && c.PanelScore is not null)
            .Select(c => (Self: c!.SelfScore!.Value, Panel: c.PanelScore!.Value))
            .ToList();
        return pairs.Count == 0
            ? new CalibrationRow(column, 0, null, null, null)
            : new CalibrationRow(
                column,
                pairs.Count,
                pairs.Average(p => p.Self),
                pairs.Average(p => p.Panel),
                pairs.Average(p => p.Panel - p.Self)
            );
    }

    /// <summary>
    /// An organisation's two latest years, like with like: only competencies and governance measures present in both
    /// years count towards the changes (a competency added this year is not an improvement), and real years are never
    /// compared with synthetic ones.
    /// </summary>
    private static IReadOnlyList<MovementRow> Movement(
        IReadOnlyList<AssessmentScore> scores,
        IReadOnlyList<CompetencyColumn> columns
    ) =>
        [
            .. scores
                .GroupBy(s => (Code: s.Assessment.OrganisationCode.ToUpperInvariant(), s.Assessment.Synthetic))
                .Where(g => g.Count() >= 2)
                .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Synthetic)
                .Select(g =>
                {
                    var ordered = g.OrderBy(s => s.Assessment.Year, StringComparer.Ordinal).ToList();
                    var (from, to) = (ordered[^2], ordered[^1]);
                    var (fromPanel, toPanel) = (UsesPanel(from), UsesPanel(to));
                    var changes = columns.Select(c => Score(to, toPanel, c.Id) - Score(from, fromPanel, c.Id)).ToList();
                    var compared = columns.Where((_, i) => changes[i] is not null).Select(c => c.Id).ToList();
                    var notCompared = to
                        .Competencies.Select(c => c.Definition.Id)
                        .Concat(from.Competencies.Select(c => c.Definition.Id))
                        .Distinct()
                        .Where(id => !compared.Contains(id))
                        .Order(StringComparer.Ordinal)
                        .ToList();
                    var (fromGovernance, toGovernance) = (
                        GovernancePoints(from, fromPanel),
                        GovernancePoints(to, toPanel)
                    );
                    var governance = toGovernance
                        .Keys.Intersect(fromGovernance.Keys)
                        .Sum(k => toGovernance[k] - fromGovernance[k]);
                    // Nine places: the sum of the changes as stored, less the last bits of noise that would show as
                    // -0.00.
                    var competency = Math.Round(changes.Sum(c => c ?? 0), 9) + 0.0;
                    return new MovementRow(
                        to.Assessment.OrganisationCode,
                        to.Assessment.OrganisationName,
                        from.Assessment.Year,
                        to.Assessment.Year,
                        changes,
                        Math.Round(competency + governance, 9) + 0.0
                    )
                    {
                        CompetencyChange = competency,
                        GovernanceChange = governance,
                        NotCompared = notCompared,
                        FromBasis = fromPanel ? LeagueBasis.Panel : LeagueBasis.Evidenced,
                        ToBasis = toPanel ? LeagueBasis.Panel : LeagueBasis.Evidenced,
                        Synthetic = g.Key.Synthetic,
                    };
                }),
        ];
}
