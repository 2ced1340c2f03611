namespace WccAssure.Reporting.View;

/// <summary>One governance tile: the rating in words and the <see cref="Core.Model.Rag"/> behind its colour.</summary>
internal sealed record ScorecardArea(string Name, string Rating, Core.Model.Rag? Rag, string Tally)
{
    /// <summary>The rating's class word (red, amber, green; none when not rated).</summary>
    public string RatingClass => Formats.RagClass(Rag);

    /// <summary>† when the rating is this tool's roll-up rather than the panel's stated rating.</summary>
    public ValueMark RatingMark { get; init; } = ValueMark.None;

    /// <summary>
    /// "this tool's roll-up" (of the panel's or the self-ratings) beside a rating the source did not state.
    /// </summary>
    public string RatingNote { get; init; } = "";
}
