using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>The PCT's aspiration: a CAGR, or a target with (ideally) its baseline.</summary>
public sealed record AspirationRecord(
    StatedNumber? Cagr,
    SeriesPoint? Baseline,
    SeriesPoint? Target,
    SourceRef? Source,
    SourceLocation Location
);
