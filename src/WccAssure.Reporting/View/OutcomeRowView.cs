namespace WccAssure.Reporting.View;

/// <summary>
/// A row of the outcomes table under "Health outcomes" in report.html.sbn and report.md.sbn: one per split of a
/// chosen outcome (males and females, say), or one for an outcome measured whole. What belongs to the outcome
/// (number, priority, quartile, judgement) is on its first row only, empty on the others. Rates are compound annual
/// growth rates, % a year to one place, "n/a" when not available or not computable.
/// </summary>
/// <param name="Number">The outcome's number in the selection; the HTML opens a row group at each one.</param>
/// <param name="Priority">"National", "Local" or "Newly selected".</param>
/// <param name="NewlySelected">On the first row of a newly selected outcome only: where the star goes.</param>
/// <param name="Indicator">The indicator's name from the framework's catalogue, or "(none selected)".</param>
/// <param name="Split">The split's label ("M", "F"); empty for an outcome measured whole.</param>
/// <param name="Pct">The organisation's historic rate of improvement.</param>
/// <param name="National">England's rate.</param>
/// <param name="Cluster">The peer group's rate, under <see cref="OutcomesView.PeerGroup"/>.</param>
/// <param name="TopDecile">The rate the best tenth of PCTs reach.</param>
/// <param name="Aspiration">The rate the organisation aspires to.</param>
/// <param name="Quartile">
/// Where the historic rate falls, as the panel report marks it: "x top quartile", "■ upper quartile"; empty when
/// not known.
/// </param>
/// <param name="Judgement">The aspiration judgement worded by the framework's rules; empty when none applies.</param>
/// <param name="Notes">Why a rate of the row is not computable, printed under the indicator; else empty.</param>
internal sealed record OutcomeRowView(
    string Number,
    string Priority,
    bool NewlySelected,
    string Indicator,
    string Split,
    string Pct,
    string National,
    string Cluster,
    string TopDecile,
    string Aspiration,
    string Quartile,
    string Judgement,
    string Notes
)
{
    /// <summary>† when this tool computed the historic rate from a series, * when it is a reconstruction.</summary>
    public ValueMark PctMark { get; init; } = ValueMark.None;

    /// <summary>† when this tool computed the aspired rate from a target, * when it is a reconstruction.</summary>
    public ValueMark AspirationMark { get; init; } = ValueMark.None;

    /// <summary>† on the national, cluster and top-decile rates when this tool computed them from a data set.</summary>
    public ValueMark BenchmarkMark { get; init; } = ValueMark.None;
}
