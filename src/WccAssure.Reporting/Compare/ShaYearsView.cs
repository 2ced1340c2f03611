namespace WccAssure.Reporting.Compare;

/// <summary>An SHA (or every organisation compared) with its means in each year; an absent year is "–".</summary>
internal sealed record ShaYearsView(string Sha, bool Overall, IReadOnlyList<YearMeanView> Years);
