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
    SourceLocation Location
);
