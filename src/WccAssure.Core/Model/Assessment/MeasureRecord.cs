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
    SourceLocation Location)
    where TRating : struct
{
    public MetricValue? Metric(string id) => Metrics.FirstOrDefault(m => m.MetricId == id);
}
