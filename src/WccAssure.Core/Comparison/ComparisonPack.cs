using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
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
    string? BenchmarkSource)
{
    /// <summary>Synthetic assessments left out because a real one of the same organisation and year was given.</summary>
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

    /// <summary>Whom outcome rates are compared with besides England: ONS clusters, or SHAs when membership is unknown.</summary>
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

public sealed record CompetencyColumn(string Id, int Number, string Name);

/// <summary>
/// One organisation in the league table. Competency points are the sum of competency scores (each the mean of
/// its measure levels, 1–4), governance points count Red 0, Amber 1, Green 2 per measure (as HSJ did); the total
/// adds them. Panel ratings are used where the panel rated every measure, else the evidenced ones (the basis).
/// <see cref="Rank"/> is national; <see cref="ShaRank"/> is within the organisation's SHA.
/// </summary>
public sealed record LeagueRow(
    int Rank,
    string Code,
    string Name,
    string Sha,
    string Year,
    AssessmentStatus Status,
    bool Synthetic,
    LeagueBasis Basis,
    IReadOnlyList<double?> Competencies,
    IReadOnlyList<Rag?> Areas,
    double CompetencyPoints,
    int GovernancePoints,
    double Total)
{
    public int ShaRank { get; init; }

    /// <summary>The assessment folder the row comes from.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Panel ratings behind the row that a person reconstructed rather than a source stated.</summary>
    public int Reconstructed { get; init; }

    /// <summary>Competency points over the competencies scored: 1–4, so years of different frameworks compare.</summary>
    public double? MeanScore => Competencies.Count(c => c is not null) is var n and > 0 ? CompetencyPoints / n : null;

    /// <summary>
    /// The organisation's historic rate (CAGR, % a year) per indicator id in this year's outcomes; null when not
    /// computable.
    /// </summary>
    public IReadOnlyDictionary<string, double?> Outcomes { get; init; } = new Dictionary<string, double?>();

    /// <summary>
    /// What the row's figures rest on, in words: "synthetic", "panel, 4 reconstructed ratings", "panel, stated",
    /// or "evidenced levels (computed)".
    /// </summary>
    public string Provenance => Synthetic ? "synthetic (generated, not a real organisation)"
        : Basis != LeagueBasis.Panel ? "evidenced levels (computed by the tool)"
        : Reconstructed > 0 ? $"panel, {Reconstructed} reconstructed rating{(Reconstructed == 1 ? "" : "s")}"
        : "panel, stated";
}

/// <summary>How many organisations sit at each level (the floor of the competency score) for one competency.</summary>
public sealed record LevelDistribution(CompetencyColumn Competency, IReadOnlyList<int> Counts);

/// <summary>Self-assessment against panel for one competency across organisations: the national calibration view.</summary>
public sealed record CalibrationRow(CompetencyColumn Competency, int Organisations, double? MeanSelf, double? MeanPanel, double? MeanGap);

/// <summary>
/// An organisation's scores in two years, like with like: <see cref="Changes"/> per competency (null when the
/// competency is not in both years), and <see cref="TotalChange"/> = competency change + governance change over
/// what both years have.
/// </summary>
public sealed record MovementRow(string Code, string Name, string FromYear, string ToYear, IReadOnlyList<double?> Changes, double? TotalChange)
{
    public double CompetencyChange { get; init; }

    public int GovernanceChange { get; init; }

    /// <summary>Competencies in only one of the two years, left out of the changes.</summary>
    public IReadOnlyList<string> NotCompared { get; init; } = [];

    /// <summary>The basis of each year's row; the two may differ (a panel-rated year against a self-assessment draft).</summary>
    public LeagueBasis FromBasis { get; init; }

    public LeagueBasis ToBasis { get; init; }

    public bool Synthetic { get; init; }
}
