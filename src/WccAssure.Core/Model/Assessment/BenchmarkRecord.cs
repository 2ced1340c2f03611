using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

public sealed record BenchmarkRecord(
    StatedNumber? National,
    StatedNumber? Cluster,
    StatedNumber? TopDecile,
    SourceRef? Source,
    SourceLocation Location
);
