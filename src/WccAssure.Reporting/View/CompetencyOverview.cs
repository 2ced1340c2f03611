namespace WccAssure.Reporting.View;

public sealed record CompetencyOverview(IReadOnlyList<string> Counts, IReadOnlyList<ScorecardRow> Rows)
{
    /// <summary>
    /// The same counts, each with the mark of what it rests on (7 of 11* when reconstructions count).
    /// </summary>
    public IReadOnlyList<CountView> Marked { get; init; } = new List<CountView>();
}
