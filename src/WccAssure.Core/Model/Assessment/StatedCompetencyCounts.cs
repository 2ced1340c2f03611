namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// The competency counts a panel report states in its overview (e.g. how many competencies reached or beat the
/// self-rating), from assessment.yaml's `statedCounts`. The report counts from the ratings
/// and cites these beside its own; a count that disagrees is a warning.
/// </summary>
public sealed record StatedCompetencyCounts(
    StatedCount? MetOrExceededSelf,
    StatedCount? ImprovedOnLastYear,
    StatedCount? AddedThisYear
)
{
    /// <summary>No counts stated.</summary>
    public static readonly StatedCompetencyCounts None = new(null, null, null);
}
