namespace WccAssure.Reporting.View;

/// <summary>
/// The issued panel edition reads as a document: its narrative carries no line citations of the source's text
/// conversion (the author edition keeps them, and the provenance annex keeps the reasons). Marks stay in place.
/// </summary>
internal static class PanelEdition
{
    public static ReportView WithoutCitations(ReportView view) =>
        view with
        {
            Commentary = view.Commentary with
            {
                Strengths = Bare(view.Commentary.Strengths),
                Headlines =
                [
                    .. view.Commentary.Headlines.Select(h =>
                        h with
                        {
                            Observations = Bare(h.Observations),
                            Recommendation = Bare(h.Recommendation),
                            Cite = "",
                        }
                    ),
                ],
                Trajectory = Bare(view.Commentary.Trajectory),
                TrajectoryDevelopment = Bare(view.Commentary.TrajectoryDevelopment),
                Development = [.. view.Commentary.Development.Select(d => d with { Note = Bare(d.Note) })],
                DevelopmentAreas = [.. view.Commentary.DevelopmentAreas.Select(d => d with { Note = Bare(d.Note) })],
            },
            Governance =
            [
                .. view.Governance.Select(a =>
                    a with
                    {
                        Measures = [.. a.Measures.Select(m => m with { Rationale = Bare(m.Rationale) })],
                        Recommendations = Bare(a.Recommendations),
                    }
                ),
            ],
            Competencies =
            [
                .. view.Competencies.Select(c =>
                    c with
                    {
                        Measures = [.. c.Measures.Select(m => m with { Rationale = Bare(m.Rationale) })],
                        Recommendations = Bare(c.Recommendations),
                    }
                ),
            ],
            Outcomes = view.Outcomes with
            {
                Observations = Bare(view.Outcomes.Observations),
                Statements = Bare(view.Outcomes.Statements),
                Groups = [.. view.Outcomes.Groups.Select(g => g with { Items = Bare(g.Items) })],
            },
            Overview = view.Overview with { Marked = [.. view.Overview.Marked.Select(c => c with { Cite = "" })] },
        };

    private static NoteView Bare(NoteView note) => note with { Cite = "" };

    /// <summary>A list Scriban can measure (.size), as the templates test it.</summary>
    private static List<NoteView> Bare(IEnumerable<NoteView> notes) => [.. notes.Select(Bare)];
}
