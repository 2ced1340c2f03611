namespace WccAssure.Reporting.View;

/// <summary>
/// The "Overview – competencies" section of report.html.sbn and report.md.sbn: what the counts say, and a row per
/// competency with its panel, self, last-year and evidenced scores.
/// </summary>
/// <param name="Counts">
/// The counts in words ("Improved on last year in 8 of 10 competencies."), without marks; the shipped templates
/// show <see cref="Marked"/> instead.
/// </param>
/// <param name="Rows">The same rows as the scorecard's.</param>
internal sealed record CompetencyOverview(IReadOnlyList<string> Counts, IReadOnlyList<ScorecardRow> Rows)
{
    /// <summary>
    /// The same counts, each with the mark of what it rests on (7 of 11* when reconstructions count).
    /// </summary>
    public IReadOnlyList<CountView> Marked { get; init; } = new List<CountView>();
}
