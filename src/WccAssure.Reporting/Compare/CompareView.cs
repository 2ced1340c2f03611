using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The comparison pack worded for the page: templates only lay it out. Scoring explains the points as the
/// framework computes them; LevelHeaders head the distribution columns.
/// </summary>
public sealed record CompareView(
    string Title,
    string Year,
    string Scope,
    bool Synthetic,
    [property: Trusted(OutputFormat.Html)] string Css,
    string Scoring,
    IReadOnlyList<string> LevelHeaders,
    IReadOnlyList<string> CompetencyHeaders,
    IReadOnlyList<string> AreaHeaders,
    IReadOnlyList<string> Shas,
    IReadOnlyList<LeagueRowView> League,
    IReadOnlyList<DistributionView> Distribution,
    IReadOnlyList<CalibrationView> Calibration,
    IReadOnlyList<MovementView> Movement,
    IReadOnlyList<BenchmarkView> Outcomes,
    string BenchmarkSource,
    [property: Trusted(OutputFormat.Html)] string DistributionSvg,
    [property: Trusted(OutputFormat.Html)] string CalibrationSvg);

public sealed record LeagueRowView(
    string Rank,
    string Code,
    string Name,
    string Sha,
    string Status,
    string Basis,
    bool Synthetic,
    IReadOnlyList<CellView> Competencies,
    IReadOnlyList<CellView> Areas,
    string CompetencyPoints,
    string GovernancePoints,
    string Total);

/// <summary>A heatmap or matrix cell: its text, the value to sort by, and its colour class.</summary>
public sealed record CellView(string Text, string Sort, string CssClass);

public sealed record DistributionView(string Competency, IReadOnlyList<int> Counts);

public sealed record CalibrationView(string Competency, string Organisations, string MeanSelf, string MeanPanel, string MeanGap);

public sealed record MovementView(string Code, string Name, string Years, IReadOnlyList<CellView> Changes, string Total);

public sealed record BenchmarkView(string Indicator, string Direction, string Years, string Organisations, string National, string TopDecile, string LowerQuartile, string Median, string UpperQuartile);
