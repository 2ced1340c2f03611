using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>One value of an indicator for one period, as in a historic series, a baseline or a target.</summary>
/// <param name="Period">The period as written, starting with its year ("2008" or "2008-09").</param>
/// <param name="Value">The indicator's value in its unit, or the placeholder the source printed.</param>
/// <param name="Source">Where the value comes from, when cited.</param>
/// <param name="Location">The point in outcomes.yaml.</param>
public sealed record SeriesPoint(string Period, StatedNumber Value, SourceRef? Source, SourceLocation Location);
