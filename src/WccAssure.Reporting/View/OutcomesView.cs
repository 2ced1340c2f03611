using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record OutcomesView(
    string SelectionDate,
    IReadOnlyList<OutcomeRowView> Rows,
    IReadOnlyList<string> Judgements,
    IReadOnlyList<NoteView> Observations,
    string Counts,
    IReadOnlyList<NoteView> Statements,
    [property: Trusted(OutputFormat.Html)] string Svg,
    bool IsEmpty)
{
    /// <summary>The peer-group column's heading: "ONS cluster", or "SHA" when no cluster membership was known.</summary>
    public string PeerGroup { get; init; } = "ONS cluster";

    /// <summary>The observations in the source's four groups and order; a group with nothing to say is left out.</summary>
    public IReadOnlyList<OutcomeGroupView> Groups { get; init; } = new List<OutcomeGroupView>();

    /// <summary>The notes under the outcome table: the period of the historic rates and what "top decile" means.</summary>
    public IReadOnlyList<string> Notes { get; init; } = new List<string>();

    /// <summary>† on each aspiration judgement: this tool's proposed rules word them.</summary>
    public ValueMark JudgementMark { get; init; } = OutcomeGroupView.Judged;
}

/// <summary>A heading of the outcome observations ("Performance over last year") and what is said under it.</summary>
public sealed record OutcomeGroupView(string Title, IReadOnlyList<NoteView> Items)
{
    public static readonly ValueMark Judged = ValueMark.Computed("Worded by this tool's proposed aspiration rules from the rates in the table.");

    /// <summary>† on the two groups of aspiration judgements; the observations the source states are unmarked.</summary>
    public ValueMark Mark { get; init; } = ValueMark.None;
}

public sealed record OutcomeRowView(
    string Number,
    string Priority,
    bool NewlySelected, // on the first row of a newly selected outcome only: where the star goes
    string Indicator,
    string Split,
    string Pct,
    string National,
    string Cluster,
    string TopDecile,
    string Aspiration,
    string Quartile,
    string Judgement,
    string Notes)
{
    public ValueMark PctMark { get; init; } = ValueMark.None;

    public ValueMark AspirationMark { get; init; } = ValueMark.None;

    /// <summary>† on the national, cluster and top-decile rates when this tool computed them from a data set.</summary>
    public ValueMark BenchmarkMark { get; init; } = ValueMark.None;
}
