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

/// <summary>
/// One competency on the scorecard: scores as the text the tables print ("2.67", "–" when not rated) and as numbers
/// for the picture (null when there is none to draw: not rated, no evidence, added this year).
/// </summary>
public sealed record ScorecardRow(int Number, string Name, string Panel, string Self, string LastYear, string Evidenced, string Movement)
{
    public double? PanelScore { get; init; }

    public double? SelfScore { get; init; }

    public double? LastYearScore { get; init; }

    public double? EvidencedScore { get; init; }

    public ValueMark PanelMark { get; init; } = ValueMark.None;

    public ValueMark SelfMark { get; init; } = ValueMark.None;

    public ValueMark LastYearMark { get; init; } = ValueMark.None;

    /// <summary>* when a measure's evidenced level rests on a reconstructed figure (a survey score mapped from words).</summary>
    public ValueMark EvidencedMark { get; init; } = ValueMark.None;

    public ValueMark MovementMark { get; init; } = ValueMark.None;
}

/// <summary>One governance tile: the rating in words and the <see cref="Core.Model.Rag"/> behind its colour.</summary>
public sealed record ScorecardArea(string Name, string Rating, Core.Model.Rag? Rag, string Tally)
{
    /// <summary>The rating's class word (red, amber, green; none when not rated).</summary>
    public string RatingClass => Formats.RagClass(Rag);

    /// <summary>† when the rating is this tool's roll-up rather than the panel's stated rating.</summary>
    public ValueMark RatingMark { get; init; } = ValueMark.None;

    /// <summary>"this tool's roll-up" (of the panel's or the self-ratings) beside a rating the source did not state.</summary>
    public string RatingNote { get; init; } = "";
}
