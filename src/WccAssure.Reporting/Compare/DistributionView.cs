namespace WccAssure.Reporting.Compare;

/// <summary>
/// How many organisations of the league stand at each level of one competency (a score of 2.67 is level 2): a row
/// of the distribution table in compare.html.sbn, under the stacked bars.
/// </summary>
/// <param name="Competency">Number and name, e.g. "1. Local leader of NHS".</param>
/// <param name="Counts">Organisations per level, level 1 first, under <see cref="CompareView.LevelHeaders"/>.</param>
internal sealed record DistributionView(string Competency, IReadOnlyList<int> Counts);
