using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

public sealed record OutcomeSplitRecord(
    string? Label,
    string? IndicatorId,
    HistoricRecord? Historic,
    BenchmarkRecord? Benchmarks,
    AspirationRecord? Aspiration,
    SourceLocation Location
);
