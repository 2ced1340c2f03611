using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;

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
    string? BenchmarkSource);

public sealed record CompetencyColumn(string Id, int Number, string Name);

/// <summary>
/// One organisation in the league table. Competency points are the sum of competency scores (each the mean of
/// its measure levels, 1–4), governance points count Red 0, Amber 1, Green 2 per measure (as HSJ did); the total
/// adds them. Panel ratings are used where the panel rated every measure, else the evidenced ones.
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
    double Total);

/// <summary>How many organisations sit at each level (the floor of the competency score) for one competency.</summary>
public sealed record LevelDistribution(CompetencyColumn Competency, IReadOnlyList<int> Counts);

/// <summary>Self-assessment against panel for one competency across organisations: the national calibration view.</summary>
public sealed record CalibrationRow(CompetencyColumn Competency, int Organisations, double? MeanSelf, double? MeanPanel, double? MeanGap);

/// <summary>An organisation's competency scores in two years.</summary>
public sealed record MovementRow(string Code, string Name, string FromYear, string ToYear, IReadOnlyList<double?> Changes, double? TotalChange);
