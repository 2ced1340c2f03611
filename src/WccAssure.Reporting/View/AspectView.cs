using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record AspectView(string Aspect, NoteView Note);
