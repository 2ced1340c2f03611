namespace WccAssure.Reporting.Compare;

/// <summary>
/// One organisation's rate of improvement on one indicator of the benchmark data set, beside its peer group's and
/// England's: a row of the appendix's outcome rates table in compare.html.sbn. Rates are compound annual growth
/// rates, % a year to two places (slow indicators differ in the second), "–" when unknown.
/// </summary>
/// <param name="Code">The organisation code from the register.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Sha">Its strategic health authority; the shipped page does not show it.</param>
/// <param name="Indicator">The indicator's name from the framework's catalogue.</param>
/// <param name="Rate">The organisation's own rate.</param>
/// <param name="PeerGroup">
/// Its ONS cluster, or its SHA (as <see cref="CompareView.PeerGroup"/> says); empty when not known.
/// </param>
/// <param name="PeerRate">The rate pooled over the peer group's members.</param>
/// <param name="National">England's rate for the indicator.</param>
/// <param name="TopDecile">The rate the best tenth of organisations reach.</param>
/// <param name="Quartile">Where the organisation's rate falls: "top", "upper", "lower" or "bottom".</param>
internal sealed record OutcomeRateView(
    string Code,
    string Name,
    string Sha,
    string Indicator,
    string Rate,
    string PeerGroup,
    string PeerRate,
    string National,
    string TopDecile,
    string Quartile
);
