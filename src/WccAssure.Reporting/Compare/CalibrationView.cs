namespace WccAssure.Reporting.Compare;

/// <summary>
/// Self-assessment against panel for one competency across the organisations compared: a row of the calibration
/// table in compare.html.sbn, beside the picture of the gaps. Means are to two places, "–" with no organisation.
/// </summary>
/// <param name="Competency">Number and name, e.g. "1. Local leader of NHS".</param>
/// <param name="Organisations">How many organisations have both a self-rating and a panel score for it.</param>
/// <param name="MeanSelf">Their mean self-rated competency score.</param>
/// <param name="MeanPanel">Their mean panel competency score.</param>
/// <param name="MeanGap">Panel minus self, signed ("+0.33", "-0.50"): below zero the panel rated lower.</param>
internal sealed record CalibrationView(
    string Competency,
    string Organisations,
    string MeanSelf,
    string MeanPanel,
    string MeanGap
);
