using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

public sealed record CompetencyRecord(
    string Id,
    IReadOnlyList<MeasureRecord<int>> Measures,
    IReadOnlyList<NarrativeItem> Recommendations,
    SourceLocation Location
)
{
    public MeasureRecord<int>? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
