using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The comparison pack worded for the page: templates only lay it out. Scoring explains the points as the
/// framework computes them; LevelHeaders head the distribution columns.
/// </summary>
internal sealed record CompareView(
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
    [property: Trusted(OutputFormat.Html)] string CalibrationSvg
)
{
    /// <summary>The page's own rules (compare.css), written after <see cref="Css"/>.</summary>
    [Trusted(OutputFormat.Html)]
    public string PageCss { get; init; } = "";

    /// <summary>"C1 Local leader of NHS": what each competency column is, for hover and print.</summary>
    public IReadOnlyList<string> CompetencyNames { get; init; } = [];

    /// <summary>What outcome rates are compared with besides England: "ONS cluster" or "SHA".</summary>
    public string PeerGroup { get; init; } = "ONS cluster";

    /// <summary>One sentence per synthetic row a real assessment replaced.</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>
    /// Each organisation's rate for each indicator of the data set, beside its peer group's and England's.
    /// </summary>
    public IReadOnlyList<OutcomeRateView> OutcomeRates { get; init; } = [];

    /// <summary>How the benchmark data set came to be used: named, a synthetic set's own, or shipped.</summary>
    public string BenchmarkOrigin { get; init; } = "";

    /// <summary>The running head of every printed page, as a CSS string: quotes included, the rest escaped.</summary>
    [Trusted(OutputFormat.Html)]
    public string PrintHead { get; init; } = "\"\"";

    /// <summary>
    /// The years side by side: which were used, what was left out, SHA means, each organisation's years.
    /// </summary>
    public YearsView Years { get; init; } = YearsView.None;
}
