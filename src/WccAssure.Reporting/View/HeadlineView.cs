namespace WccAssure.Reporting.View;

/// <summary>
/// One headline of the commentary, under "Commentary" in report.html.sbn and report.md.sbn: a title, the
/// observations behind it and what the panel recommends.
/// </summary>
/// <param name="Number">Its place among the headlines, from 1.</param>
/// <param name="Title">The headline itself.</param>
/// <param name="Observations">The observations behind it, each a bullet.</param>
/// <param name="Recommendation">
/// The recommendation, citing its own source else the headline's; <see cref="NoteView.None"/> when there is none.
/// </param>
/// <param name="Cite">
/// The headline's source ("panel-report L25"); empty when it cites none, and in the panel edition. The shipped
/// templates do not show it.
/// </param>
internal sealed record HeadlineView(
    int Number,
    string Title,
    IReadOnlyList<NoteView> Observations,
    NoteView Recommendation,
    string Cite
);
