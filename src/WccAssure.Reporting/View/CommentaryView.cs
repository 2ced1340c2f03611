namespace WccAssure.Reporting.View;

/// <summary>
/// The commentary of assessment.yaml, as the "Commentary" and "Potential for improvement" sections of
/// report.html.sbn and report.md.sbn show it. A list the commentary does not fill is empty.
/// </summary>
/// <param name="Strengths">The strengths, each a bullet.</param>
/// <param name="Headlines">The numbered headlines, each with its observations and recommendation.</param>
/// <param name="Trajectory">What is said of the PCT's trajectory.</param>
/// <param name="TrajectoryDevelopment">The areas for development of the trajectory.</param>
/// <param name="Development">Organisational development, one note per aspect (alignment, execution, renewal).</param>
/// <param name="DevelopmentAreas">The areas for development of those aspects.</param>
/// <param name="IsEmpty">
/// No strengths, headlines, trajectory or organisational development: the section says no commentary is written yet.
/// </param>
internal sealed record CommentaryView(
    IReadOnlyList<NoteView> Strengths,
    IReadOnlyList<HeadlineView> Headlines,
    IReadOnlyList<NoteView> Trajectory,
    IReadOnlyList<NoteView> TrajectoryDevelopment,
    IReadOnlyList<AspectView> Development,
    IReadOnlyList<AspectView> DevelopmentAreas,
    bool IsEmpty
);
