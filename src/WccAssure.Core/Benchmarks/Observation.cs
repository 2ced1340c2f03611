namespace WccAssure.Core.Benchmarks;

/// <summary>One row of a national indicator data set: an organisation's value for an indicator in a period.</summary>
public sealed record Observation(
    string Organisation,
    string Indicator,
    string Period,
    int Year,
    double? Value,
    double? Numerator,
    double? Denominator
);
