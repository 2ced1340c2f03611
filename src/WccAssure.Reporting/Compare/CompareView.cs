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
    [property: Trusted(OutputFormat.Html)] string CalibrationSvg)
{
    /// <summary>"C1 Local leader of NHS": what each competency column is, for hover and print.</summary>
    public IReadOnlyList<string> CompetencyNames { get; init; } = [];

    /// <summary>What outcome rates are compared with besides England: "ONS cluster" or "SHA".</summary>
    public string PeerGroup { get; init; } = "ONS cluster";

    /// <summary>One sentence per synthetic row a real assessment replaced.</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>Each organisation's rate for each indicator of the data set, beside its peer group's and England's.</summary>
    public IReadOnlyList<OutcomeRateView> OutcomeRates { get; init; } = [];

    /// <summary>How the benchmark data set came to be used: named, a synthetic set's own, or shipped.</summary>
    public string BenchmarkOrigin { get; init; } = "";

    /// <summary>The running head of every printed page, as a CSS string: quotes included, the rest escaped.</summary>
    [Trusted(OutputFormat.Html)]
    public string PrintHead { get; init; } = "\"\"";

    /// <summary>The years side by side: which were used, what was left out, SHA means, each organisation's years.</summary>
    public YearsView Years { get; init; } = YearsView.None;
}

/// <summary>
/// Every year among the assessments: <see cref="Used"/> and <see cref="LeftOut"/> in words, <see cref="Headers"/>
/// ("2008/09") heading the year columns, the SHA means, each organisation with two or more years in brief (a small
/// trend) and in full (<see cref="Details"/>, for the appendix).
/// </summary>
public sealed record YearsView(
    string Used,
    IReadOnlyList<string> LeftOut,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ShaYearsView> Shas,
    IReadOnlyList<OrganisationYearsView> Organisations,
    string OneYearOnly,
    IReadOnlyList<YearDetailView> Details)
{
    public static readonly YearsView None = new("", [], [], [], [], "", []);
}

/// <summary>An SHA (or every organisation compared) with its means in each year; an absent year is "—".</summary>
public sealed record ShaYearsView(string Sha, bool Overall, IReadOnlyList<YearMeanView> Years);

public sealed record YearMeanView(string Organisations, string MeanScore, string MeanGovernance, string MeanTotal);

/// <summary>An organisation's years in brief: each year's basis and points, and the trend as a small picture.</summary>
public sealed record OrganisationYearsView(
    string Code,
    string Name,
    string Sha,
    bool Synthetic,
    IReadOnlyList<OrganisationYearView> Years,
    [property: Trusted(OutputFormat.Html)] string TrendSvg);

public sealed record OrganisationYearView(string Basis, string MeanScore, string GovernancePoints, string Total);

/// <summary>
/// One organisation's every measure (points, competencies, governance areas, outcome rates), a column per year.
/// </summary>
public sealed record YearDetailView(string Code, string Name, bool Synthetic, IReadOnlyList<YearMeasureView> Measures);

public sealed record YearMeasureView(string Family, string Measure, IReadOnlyList<CellView> Years);

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
    string Total)
{
    public string ShaRank { get; init; } = "";

    /// <summary>What the row rests on: synthetic, reconstructed panel ratings, stated panel ratings, or evidenced levels.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>Some rating behind the row was reconstructed (marked * wherever printed).</summary>
    public bool Reconstructed { get; init; }
}

/// <summary>A heatmap or matrix cell: its text, the value to sort by, and its colour class.</summary>
public sealed record CellView(string Text, string Sort, string CssClass);

public sealed record DistributionView(string Competency, IReadOnlyList<int> Counts);

public sealed record CalibrationView(string Competency, string Organisations, string MeanSelf, string MeanPanel, string MeanGap);

public sealed record MovementView(string Code, string Name, string Years, IReadOnlyList<CellView> Changes, string Total)
{
    public string CompetencyChange { get; init; } = "";

    public string GovernanceChange { get; init; } = "";

    public string Basis { get; init; } = "";

    /// <summary>"c11 in one year only" when a competency was not compared, else empty.</summary>
    public string NotCompared { get; init; } = "";

    public bool Synthetic { get; init; }
}

public sealed record BenchmarkView(string Indicator, string Direction, string Years, string Organisations, string National, string TopDecile, string LowerQuartile, string Median, string UpperQuartile);

public sealed record OutcomeRateView(string Code, string Name, string Sha, string Indicator, string Rate, string PeerGroup, string PeerRate, string National, string TopDecile, string Quartile);
