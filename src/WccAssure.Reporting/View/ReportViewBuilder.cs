using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Results;
using WccAssure.Reporting.Pictures;

namespace WccAssure.Reporting.View;

/// <summary>Builds the report view of a scored assessment. Same score in, same view out.</summary>
public static class ReportViewBuilder
{
    public static ReportView Build(AssessmentScore score, string css)
    {
        var a = score.Assessment;
        var rows = CompetencyViews.Rows(score);
        var areas = score.Governance.Select(g => new ScorecardArea(
            g.Definition.Name, g.Rating?.Title() ?? "Not rated", Formats.RagClass(g.Rating),
            $"{g.PanelTally.Green} green, {g.PanelTally.Amber} amber, {g.PanelTally.Red} red")
        { RatingMark = ValueMarks.Area(g) }).ToList();
        return new ReportView(
            $"{(a.Synthetic ? "SYNTHETIC " : "")}{(a.Status == "panel" ? "World Class Commissioning panel report" : "World Class Commissioning self-assessment (draft)")}: {a.OrganisationName}",
            a.Synthetic,
            a.OrganisationName,
            a.OrganisationCode,
            a.Sha ?? "",
            a.Year.Replace('-', '/'),
            a.Status == "panel" ? "Panel assessment" : "Self-assessment (draft)",
            a.PanelDate ?? "",
            score.Framework.Name,
            css,
            Commentary(a.Commentary),
            new ScorecardView(rows, areas, ScorecardChart.Svg(rows, areas)),
            GovernanceViews.Build(score),
            OutcomesViews.Build(score),
            CompetencyViews.Overview(score),
            CompetencyViews.Pages(score),
            CompetencyViews.Gaps(score),
            ProvenanceRows.Build(score),
            [.. score.Findings.Where(f => f.Severity == Severity.Warning).Select(f => Narrative.Note(f.Message, $"{f.Location.File.Replace(a.Folder + "/", "", StringComparison.Ordinal)}:{f.Location.Line}"))
                .Concat(a.Findings.Select(Narrative.Note))],
            [.. a.Sources.Select(s => new SourceView(s.Id, s.Title, s.Document ?? ""))]);
    }

    private static CommentaryView Commentary(Commentary c) => new(
        [.. c.Strengths.Select(Narrative.Note)],
        [.. c.Headlines.Select((h, i) => new HeadlineView(i + 1, h.Title, [.. h.Observations.Select(Narrative.Note)],
            h.Recommendation is null ? NoteView.None : Narrative.Note(h.Recommendation.Text, (h.Recommendation.Source ?? h.Source)?.ToString() ?? ""), h.Source?.ToString() ?? ""))],
        [.. c.Trajectory.Select(Narrative.Note)],
        [.. c.TrajectoryDevelopment.Select(Narrative.Note)],
        [.. c.OrganisationalDevelopment.Select(Aspect)],
        [.. c.OrganisationalDevelopmentAreas.Select(Aspect)],
        c.Strengths.Count + c.Headlines.Count + c.Trajectory.Count + c.OrganisationalDevelopment.Count == 0);

    private static AspectView Aspect(AspectNote note) =>
        new(char.ToUpperInvariant(note.Aspect[0]) + note.Aspect[1..], Narrative.Note(note.Note));
}
