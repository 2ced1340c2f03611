namespace WccAssure.Core.Model.Assessment;

/// <summary>The panel's narrative: strengths, headlines, trajectory and organisational development.</summary>
public sealed record Commentary(
    IReadOnlyList<NarrativeItem> Strengths,
    IReadOnlyList<Headline> Headlines,
    IReadOnlyList<NarrativeItem> Trajectory,
    IReadOnlyList<NarrativeItem> TrajectoryDevelopment,
    IReadOnlyList<AspectNote> OrganisationalDevelopment,
    IReadOnlyList<AspectNote> OrganisationalDevelopmentAreas)
{
    public static readonly Commentary Empty = new([], [], [], [], [], []);
}

public sealed record Headline(string Title, IReadOnlyList<NarrativeItem> Observations, NarrativeItem? Recommendation, SourceRef? Source);

/// <summary>A note on one aspect of organisational development: alignment, execution or renewal.</summary>
public sealed record AspectNote(string Aspect, NarrativeItem Note);
