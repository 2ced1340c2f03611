namespace WccAssure.Core.Model.Assessment;

/// <summary>The panel's narrative: strengths, headlines, trajectory and organisational development.</summary>
public sealed record Commentary(
    IReadOnlyList<NarrativeItem> Strengths,
    IReadOnlyList<Headline> Headlines,
    IReadOnlyList<NarrativeItem> Trajectory,
    IReadOnlyList<NarrativeItem> TrajectoryDevelopment,
    IReadOnlyList<AspectNote> OrganisationalDevelopment,
    IReadOnlyList<AspectNote> OrganisationalDevelopmentAreas
)
{
    /// <summary>No commentary: what an assessment.yaml without `commentary:` reads as.</summary>
    public static readonly Commentary Empty = new([], [], [], [], [], []);
}
