using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record OrganisationYearView(string Basis, string MeanScore, string GovernancePoints, string Total);
