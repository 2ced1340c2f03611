using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

public sealed record GovernanceRecord(
    string AreaId,
    Rating<Rag>? StatedRating,
    IReadOnlyList<MeasureRecord<Rag>> Measures,
    IReadOnlyList<NarrativeItem> Recommendations,
    SourceLocation Location
)
{
    public MeasureRecord<Rag>? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
