namespace WccAssure.Reporting.View;

/// <summary>
/// A note on one aspect of organisational development, a bullet of the "Potential for improvement" section in
/// report.html.sbn and report.md.sbn.
/// </summary>
/// <param name="Aspect">The aspect, capitalised: "Alignment", "Execution" or "Renewal".</param>
/// <param name="Note">What the commentary says about it.</param>
internal sealed record AspectView(string Aspect, NoteView Note);
