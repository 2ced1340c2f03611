using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record YearMeanView(string Organisations, string MeanScore, string MeanGovernance, string MeanTotal);
