namespace WccAssure.Reporting.Compare;

/// <summary>
/// One year of an organisation in brief, a group of four cells in the "Each organisation's years" table of
/// compare.html.sbn; every field is "–" in a year the organisation has no assessment.
/// </summary>
/// <param name="Basis">"panel" or "evidenced": whose ratings the year's figures use.</param>
/// <param name="MeanScore">
/// Competency points over the competencies scored (1–4), so years of different frameworks compare.
/// </param>
/// <param name="GovernancePoints">Red 0, Amber 1, Green 2 summed over the year's governance measures.</param>
/// <param name="Total">Competency points plus governance points, on the year's own framework.</param>
internal sealed record OrganisationYearView(string Basis, string MeanScore, string GovernancePoints, string Total);
