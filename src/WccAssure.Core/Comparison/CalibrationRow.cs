using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

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
