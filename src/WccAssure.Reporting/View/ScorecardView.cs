using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>The scorecard page; Legend says how the framework rolls measure levels up into a competency score.</summary>
public sealed record ScorecardView(
    IReadOnlyList<ScorecardRow> Competencies,
    IReadOnlyList<ScorecardArea> Governance,
    [property: Trusted(OutputFormat.Html)] string Svg,
    string Legend)
{
    /// <summary>"Panel scorecard", or "Self-assessment scorecard" in a draft.</summary>
    public string Heading { get; init; } = "Panel scorecard";

    /// <summary>The head of the governance table's tally column: whose measure ratings it counts.</summary>
    public string TallyHeading { get; init; } = "Measures (panel)";
}

/// <summary>One competency on the scorecard: scores as text ("2.67") or "–" when not rated.</summary>
public sealed record ScorecardRow(int Number, string Name, string Panel, string Self, string LastYear, string Evidenced, string Movement)
{
    public ValueMark PanelMark { get; init; } = ValueMark.None;

    public ValueMark SelfMark { get; init; } = ValueMark.None;

    public ValueMark LastYearMark { get; init; } = ValueMark.None;

    public ValueMark MovementMark { get; init; } = ValueMark.None;
}

public sealed record ScorecardArea(string Name, string Rating, string RatingClass, string Tally)
{
    /// <summary>† when the rating is this tool's roll-up rather than the panel's stated rating.</summary>
    public ValueMark RatingMark { get; init; } = ValueMark.None;

    /// <summary>"this tool's roll-up" (of the panel's or the self-ratings) beside a rating the source did not state.</summary>
    public string RatingNote { get; init; } = "";
}
