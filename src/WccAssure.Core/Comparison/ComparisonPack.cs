using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Comparison;

/// <summary>The SHA comparison pack over many assessments of one year.</summary>
public sealed record ComparisonPack(
    string Year,
    string? Sha,
    bool IncludesSynthetic,
    IReadOnlyList<CompetencyColumn> Competencies,
    IReadOnlyList<string> Areas,
    IReadOnlyList<LeagueRow> League,
    IReadOnlyList<LevelDistribution> Distribution,
    IReadOnlyList<CalibrationRow> Calibration,
    IReadOnlyList<MovementRow> Movement,
    IReadOnlyList<IndicatorBenchmark> Outcomes,
    string? BenchmarkSource
)
{
    /// <summary>
    /// Synthetic assessments left out because a real one of the same organisation and year was given.
    /// </summary>
    public IReadOnlyList<ReplacedRow> Replaced { get; init; } = [];

    /// <summary>The folder <see cref="Replaced"/> folders are shown relative to (<see cref="ShownFolder"/>).</summary>
    public string? ShownFrom { get; init; }

    /// <summary>
    /// How the rows were chosen from every assessment given, all years and SHAs: what stood, and every synthetic
    /// assessment a real one replaced (<see cref="Replaced"/> keeps those of the league's year and scope).
    /// </summary>
    public PackSelection Selection { get; init; } = new([], []);

    /// <summary>The framework of the league's year, its competencies the columns; null in an empty pack.</summary>
    public FrameworkDefinition? Framework { get; init; }

    /// <summary>
    /// Whom outcome rates are compared with besides England: ONS clusters, or SHAs when membership is unknown.
    /// </summary>
    public PeerGroup PeerGroup { get; init; } = PeerGroup.OnsCluster;

    /// <summary>Each organisation's peer group (cluster or SHA name), for its outcome rates.</summary>
    public IReadOnlyDictionary<string, string> PeerGroups { get; init; } = new Dictionary<string, string>();

    /// <summary>How the benchmark data set came to be used, in words (null without one).</summary>
    public string? BenchmarkOrigin { get; init; }

    /// <summary>Every year among the assessments, oldest first: the league's year and the others beside it.</summary>
    public IReadOnlyList<YearCoverage> Years { get; init; } = [];

    /// <summary>The competencies of every year's framework, the columns of the years side by side.</summary>
    public IReadOnlyList<CompetencyColumn> YearCompetencies { get; init; } = [];

    /// <summary>Each organisation of the scope with every year it has, by code.</summary>
    public IReadOnlyList<OrganisationYears> Organisations { get; init; } = [];

    /// <summary>SHA means (and the mean of all organisations) for each year.</summary>
    public IReadOnlyList<YearMean> Means { get; init; } = [];

    /// <summary>Indicator names by id, from the frameworks' outcome catalogues.</summary>
    public IReadOnlyDictionary<string, string> IndicatorNames { get; init; } = new Dictionary<string, string>();

    /// <summary>An indicator's name, or its id when no catalogue in use names it.</summary>
    public string IndicatorName(string id) => IndicatorNames.GetValueOrDefault(id) ?? id;
}
