using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>
/// One competency on the scorecard: scores as the text the tables print ("2.67", "–" when not rated) and as numbers
/// for the picture (null when there is none to draw: not rated, no evidence, added this year).
/// </summary>
public sealed record ScorecardRow(
    int Number,
    string Name,
    string Panel,
    string Self,
    string LastYear,
    string Evidenced,
    string Movement
)
{
    public double? PanelScore { get; init; }

    public double? SelfScore { get; init; }

    public double? LastYearScore { get; init; }

    public double? EvidencedScore { get; init; }

    public ValueMark PanelMark { get; init; } = ValueMark.None;

    public ValueMark SelfMark { get; init; } = ValueMark.None;

    public ValueMark LastYearMark { get; init; } = ValueMark.None;

    /// <summary>
    /// * when a measure's evidenced level rests on a reconstructed figure (a survey score mapped from words).
    /// </summary>
    public ValueMark EvidencedMark { get; init; } = ValueMark.None;

    public ValueMark MovementMark { get; init; } = ValueMark.None;
}
