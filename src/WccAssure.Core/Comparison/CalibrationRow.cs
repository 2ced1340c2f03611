namespace WccAssure.Core.Comparison;

/// <summary>
/// Self-assessment against panel for one competency across organisations: the national calibration view.
/// </summary>
public sealed record CalibrationRow(
    CompetencyColumn Competency,
    int Organisations,
    double? MeanSelf,
    double? MeanPanel,
    double? MeanGap
);
