using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record HeadlineView(
    int Number,
    string Title,
    IReadOnlyList<NoteView> Observations,
    NoteView Recommendation,
    string Cite
);
