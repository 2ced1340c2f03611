namespace WccAssure.Reporting.View;

/// <summary>A heading of the outcome observations ("Performance over last year") and what is said under it.</summary>
internal sealed record OutcomeGroupView(string Title, IReadOnlyList<NoteView> Items)
{
    /// <summary>The † of the aspiration judgements: this tool's proposed rules word them.</summary>
    public static readonly ValueMark Judged = ValueMark.Computed(
        "Worded by this tool's proposed aspiration rules from the rates in the table."
    );

    /// <summary>
    /// † on the two groups of aspiration judgements; the observations the source states are unmarked.
    /// </summary>
    public ValueMark Mark { get; init; } = ValueMark.None;
}
