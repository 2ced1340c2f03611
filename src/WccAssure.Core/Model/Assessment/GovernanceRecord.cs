using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>What an assessment's governance/{area}.yaml says: the area's measures rated Red, Amber or Green.</summary>
/// <param name="AreaId">The framework's area id, also the file's name ("strategy", "finance", "board").</param>
/// <param name="StatedRating">
/// The area's rating as the panel stated it (`rating:`), which then stands instead of the roll-up; null when not
/// stated.
/// </param>
/// <param name="Measures">The measures the file gives, in its order.</param>
/// <param name="Recommendations">The panel's recommendations for the area (Markdown).</param>
/// <param name="Location">The top of the file.</param>
public sealed record GovernanceRecord(
    string AreaId,
    Rating<Rag>? StatedRating,
    IReadOnlyList<MeasureRecord<Rag>> Measures,
    IReadOnlyList<NarrativeItem> Recommendations,
    SourceLocation Location
)
{
    /// <summary>The measure with framework id <paramref name="id"/>, or null when the file does not give it.</summary>
    public MeasureRecord<Rag>? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
