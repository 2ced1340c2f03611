namespace WccAssure.Reporting.Compare;

/// <summary>
/// The means of one SHA (or of every organisation compared) in one year, a group of four cells in the "SHA means
/// by year" table of compare.html.sbn; every field is "–" in a year with no assessment.
/// </summary>
/// <param name="Organisations">How many organisations of the year the means are over.</param>
/// <param name="MeanScore">The mean of their mean competency scores (1–4).</param>
/// <param name="MeanGovernance">The mean of their governance points.</param>
/// <param name="MeanTotal">The mean of their total points.</param>
internal sealed record YearMeanView(string Organisations, string MeanScore, string MeanGovernance, string MeanTotal);
