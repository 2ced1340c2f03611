using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record DistributionView(string Competency, IReadOnlyList<int> Counts);
