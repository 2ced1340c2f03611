using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

/// <summary>An organisation's years in brief: each year's basis and points, and the trend as a small picture.</summary>
internal sealed record OrganisationYearsView(
    string Code,
    string Name,
    string Sha,
    bool Synthetic,
    IReadOnlyList<OrganisationYearView> Years,
    [property: Trusted(OutputFormat.Html)] string TrendSvg
);
