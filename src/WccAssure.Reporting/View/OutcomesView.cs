using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>
/// The "Health outcomes" section of report.html.sbn and report.md.sbn: the table of chosen outcomes against the
/// benchmarks, the picture of the rates, and the observations in groups.
/// </summary>
/// <param name="SelectionDate">When the outcomes were chosen, as outcomes.yaml says; empty when it does not.</param>
/// <param name="Rows">The table's rows, a row per split of each outcome.</param>
/// <param name="Judgements">
/// The aspiration judgements, one line per judgement with the outcomes it covers ("#3 and #5: Ambitious but
/// credible"); the shipped templates show <see cref="Groups"/> instead.
/// </param>
/// <param name="Observations">The observations outcomes.yaml records; <see cref="Groups"/> opens with them.</param>
/// <param name="Counts">The slipped and bottom-quartile counts in one sentence, or that they are not recorded.</param>
/// <param name="Statements">
/// Everything said about the outcomes in one list, in the order <see cref="Groups"/> says it; no shipped template
/// shows it.
/// </param>
/// <param name="Svg">The picture of each outcome's rate against the benchmarks, as inline SVG.</param>
/// <param name="IsEmpty">No outcome is recorded: the section says so instead of the table.</param>
internal sealed record OutcomesView(
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
