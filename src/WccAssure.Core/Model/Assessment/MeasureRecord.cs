using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>What an assessment says about one measure: ratings, rationale, metrics and evidence.</summary>
public sealed record MeasureRecord<TRating>(
    string Id,
    Rating<TRating>? Self,
    Rating<TRating>? Panel,
    Rating<TRating>? LastYear,
    string? Rationale,
    SourceRef? Source,
    IReadOnlyList<MetricValue> Metrics,
    IReadOnlyList<EvidenceItem> Evidence,
    SourceLocation Location
)
    where TRating : struct
{
    /// <summary>The metric with id <paramref name="id"/> as stated for this measure, or null when not stated.</summary>
    public MetricValue? Metric(string id) => Metrics.FirstOrDefault(m => m.MetricId == id);

    /// <summary>
    /// Whether the author has given anything for the level or rating to rest on. Without it the evidenced value is
    /// the framework's floor, which a draft must not show as if the evidence supported it.
    /// </summary>
    public bool HasEvidence => Evidence.Count > 0 || Metrics.Count > 0;

    /// <summary>Nothing written for this measure yet: no evidence, metric, rating or rationale.</summary>
    public bool IsUntouched => !HasEvidence && Self is null && Panel is null && Rationale is null;
}
