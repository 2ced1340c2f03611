namespace WccAssure.Reporting.Compare;

/// <summary>
/// Every year among the assessments: <see cref="Used"/> and <see cref="LeftOut"/> in words, <see cref="Headers"/>
/// ("2008/09") heading the year columns, the SHA means, each organisation with two or more years in brief (a small
/// trend) and in full (<see cref="Details"/>, for the appendix).
/// </summary>
internal sealed record YearsView(
    string Used,
    IReadOnlyList<string> LeftOut,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ShaYearsView> Shas,
    IReadOnlyList<OrganisationYearsView> Organisations,
    string OneYearOnly,
    IReadOnlyList<YearDetailView> Details
)
{
    /// <summary>No years at all: what <see cref="CompareView.Years"/> holds until it is given.</summary>
    public static readonly YearsView None = new("", [], [], [], [], "", []);
}
