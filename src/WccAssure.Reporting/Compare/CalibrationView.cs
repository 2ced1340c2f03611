using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record CalibrationView(
    string Competency,
    string Organisations,
    string MeanSelf,
    string MeanPanel,
    string MeanGap
);
