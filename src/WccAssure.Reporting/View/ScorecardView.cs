using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>
/// The scorecard page; Legend says how the framework rolls measure levels up into a competency score.
/// </summary>
internal sealed record ScorecardView(
    IReadOnlyList<ScorecardRow> Competencies,
    IReadOnlyList<ScorecardArea> Governance,
    [property: Trusted(OutputFormat.Html)] string Svg,
    string Legend
)
{
    /// <summary>"Panel scorecard", or "Self-assessment scorecard" in a draft.</summary>
    public string Heading { get; init; } = "Panel scorecard";

    /// <summary>The head of the governance table's tally column: whose measure ratings it counts.</summary>
    public string TallyHeading { get; init; } = "Measures (panel)";
}
