namespace WccAssure.Reporting.Compare;

/// <summary>
/// One figure of an organisation across the years, a row of its table in the appendix of compare.html.sbn ("Each
/// organisation's years in full").
/// </summary>
/// <param name="Family">What kind of figure: "Points", "Competency", "Governance" or "Outcome rate, % a year".</param>
/// <param name="Measure">Which one, e.g. "Total", "C3 Clinical leadership", "Finance" or an indicator's name.</param>
/// <param name="Years">
/// A cell per year, in the order of <see cref="YearsView.Headers"/>; "–" in a year without it.
/// </param>
internal sealed record YearMeasureView(string Family, string Measure, IReadOnlyList<CellView> Years);
