using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>A chosen outcome; most have one split, some (e.g. life expectancy) one per sex.</summary>
public sealed record OutcomeRecord(
    int Number,
    string Priority,
    IReadOnlyList<OutcomeSplitRecord> Splits,
    bool? Slipped,
    Quartile? Quartile,
    string? Change,
    SourceLocation Location);

public sealed record OutcomeSplitRecord(
    string? Label,
    string? IndicatorId,
    HistoricRecord? Historic,
    BenchmarkRecord? Benchmarks,
    AspirationRecord? Aspiration,
    SourceLocation Location);

/// <summary>The PCT's past trend: a CAGR stated by the national pack, or a series to compute it from.</summary>
public sealed record HistoricRecord(StatedNumber? Cagr, IReadOnlyList<SeriesPoint> Series, SourceRef? Source, SourceLocation Location);

public sealed record SeriesPoint(string Period, StatedNumber Value, SourceRef? Source, SourceLocation Location);

public sealed record BenchmarkRecord(StatedNumber? National, StatedNumber? Cluster, StatedNumber? TopDecile, SourceRef? Source, SourceLocation Location);

/// <summary>The PCT's aspiration: a CAGR, or a target with (ideally) its baseline.</summary>
public sealed record AspirationRecord(StatedNumber? Cagr, SeriesPoint? Baseline, SeriesPoint? Target, SourceRef? Source, SourceLocation Location);
