namespace WccAssure.Reporting.View;

/// <summary>
/// One competency on the scorecard: scores as the text the tables print ("2.67", "–" when not rated) and as numbers
/// for the picture (null when there is none to draw: not rated, no evidence, added this year).
/// </summary>
internal sealed record ScorecardRow(
    int Number,
    string Name,
    string Panel,
    string Self,
    string LastYear,
    string Evidenced,
    string Movement
)
{
    /// <summary>The panel score the scorecard picture draws as its bar; null when the panel has not rated it.</summary>
    public double? PanelScore { get; init; }

    /// <summary>The self-rated score the picture ticks; null when not self-rated.</summary>
    public double? SelfScore { get; init; }

    /// <summary>Last year's score the picture dots; null when unknown or the competency was added this year.</summary>
    public double? LastYearScore { get; init; }

    /// <summary>The score the evidence supports, the bar when there is no panel score; null without evidence.</summary>
    public double? EvidencedScore { get; init; }

    /// <summary>* when the panel score rests on a reconstructed panel rating.</summary>
    public ValueMark PanelMark { get; init; } = ValueMark.None;

    /// <summary>* when the self-rated score rests on a reconstructed self-rating.</summary>
    public ValueMark SelfMark { get; init; } = ValueMark.None;

    /// <summary>* when last year's score rests on a reconstructed rating.</summary>
    public ValueMark LastYearMark { get; init; } = ValueMark.None;

    /// <summary>
    /// * when a measure's evidenced level rests on a reconstructed figure (a survey score mapped from words).
    /// </summary>
    public ValueMark EvidencedMark { get; init; } = ValueMark.None;

    /// <summary>
    /// * when the movement rests on reconstructed ratings, † when this tool worked it out from evidenced levels.
    /// </summary>
    public ValueMark MovementMark { get; init; } = ValueMark.None;
}
