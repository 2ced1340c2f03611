namespace WccAssure.Core.Model.Framework;

/// <summary>A measurable quantity evidence can state, such as the key stakeholder survey score out of 6.</summary>
public sealed record MetricDefinition(
    string Id,
    string Name,
    string? Unit,
    double? Min,
    double? Max,
    bool IsBoolean = false
);
