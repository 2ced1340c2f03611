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
    public static readonly Commentary Empty = new([], [], [], [], [], []);
}
