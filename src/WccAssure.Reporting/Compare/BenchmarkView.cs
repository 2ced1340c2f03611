using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record BenchmarkView(
    string Indicator,
    string Direction,
    string Years,
    string Organisations,
    string National,
    string TopDecile,
    string LowerQuartile,
    string Median,
    string UpperQuartile
);
