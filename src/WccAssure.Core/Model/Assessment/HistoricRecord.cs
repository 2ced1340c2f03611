using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>The PCT's past trend: a CAGR stated by the national pack, or a series to compute it from.</summary>
public sealed record HistoricRecord(
    StatedNumber? Cagr,
    IReadOnlyList<SeriesPoint> Series,
    SourceRef? Source,
    SourceLocation Location
);
