using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record CommentaryView(
    IReadOnlyList<NoteView> Strengths,
    IReadOnlyList<HeadlineView> Headlines,
    IReadOnlyList<NoteView> Trajectory,
    IReadOnlyList<NoteView> TrajectoryDevelopment,
    IReadOnlyList<AspectView> Development,
    IReadOnlyList<AspectView> DevelopmentAreas,
    bool IsEmpty
);
