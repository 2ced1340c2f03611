using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>What an assessment's competencies/cNN.yaml says: its measures as the author and panel wrote them.</summary>
/// <param name="Id">The framework's competency id, which is also the file's name ("c01").</param>
/// <param name="Measures">The measures the file gives, in its order.</param>
/// <param name="Recommendations">The panel's recommendations for the competency (Markdown).</param>
/// <param name="Location">The top of the file.</param>
public sealed record CompetencyRecord(
    string Id,
    IReadOnlyList<MeasureRecord<int>> Measures,
    IReadOnlyList<NarrativeItem> Recommendations,
    SourceLocation Location
)
{
    /// <summary>The measure with framework id <paramref name="id"/>, or null when the file does not give it.</summary>
    public MeasureRecord<int>? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
