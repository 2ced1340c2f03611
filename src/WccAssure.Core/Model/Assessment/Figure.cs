using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>A figure as stated in a source; <see cref="SumOf"/> names the parts the source says it totals.</summary>
public sealed record Figure(
    string Id,
    string Name,
    StatedNumber Value,
    string? Unit,
    string? Period,
    SourceRef? Source,
    IReadOnlyList<string> SumOf,
    SourceLocation Location
);
