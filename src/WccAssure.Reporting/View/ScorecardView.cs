namespace WccAssure.Reporting.View;

public sealed record ScorecardView(IReadOnlyList<ScorecardRow> Competencies, IReadOnlyList<ScorecardArea> Governance, string Svg);

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
}
