using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>A metric stated for a measure: a number or a yes/no, or a placeholder the source printed.</summary>
public sealed record MetricValue(
    string MetricId,
    double? Number,
    bool? Flag,
    string? Placeholder,
    Provenance Provenance,
    SourceLocation Location
)
{
    /// <summary>
    /// The metric as a criterion's condition sees it: the yes/no when it is one, else the number (null when unknown).
    /// </summary>
    public object? Value => Flag is { } flag ? flag : Number;
}
