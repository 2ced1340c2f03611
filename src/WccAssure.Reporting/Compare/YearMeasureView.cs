using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record YearMeasureView(string Family, string Measure, IReadOnlyList<CellView> Years);
