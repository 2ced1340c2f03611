namespace WccAssure.Reporting.Compare;

/// <summary>
/// One organisation's every measure (points, competencies, governance areas, outcome rates), a column per year.
/// </summary>
internal sealed record YearDetailView(
    string Code,
    string Name,
    bool Synthetic,
    IReadOnlyList<YearMeasureView> Measures
);
