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
    bool IsEmpty
)
{
    /// <summary>
    /// The peer-group column's heading: "ONS cluster", or "SHA" when no cluster membership was known.
    /// </summary>
    public string PeerGroup { get; init; } = "ONS cluster";

    /// <summary>
    /// The observations in the source's four groups and order; a group with nothing to say is left out.
    /// </summary>
    public IReadOnlyList<OutcomeGroupView> Groups { get; init; } = new List<OutcomeGroupView>();

    /// <summary>
    /// The notes under the outcome table: the period of the historic rates and what "top decile" means.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = new List<string>();

    /// <summary>† on each aspiration judgement: this tool's proposed rules word them.</summary>
    public ValueMark JudgementMark { get; init; } = OutcomeGroupView.Judged;
}
