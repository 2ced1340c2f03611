using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Reporting.Pictures;

namespace WccAssure.Reporting.View;

/// <summary>Builds the report view of a scored assessment. Same score in, same view out.</summary>
public static class ReportViewBuilder
{
    /// <summary>The view for the audience that suits the assessment: panel for a panel assessment, author for a draft.</summary>
    public static ReportView Build(AssessmentScore score, string css) => Build(score, css, null);

    /// <summary>
    /// The view for an audience (null: panel for a panel assessment, author for a draft). The panel's view has
    /// no author sections and no YAML line citations; both views mark every value a source did not state.
    /// </summary>
    public static ReportView Build(AssessmentScore score, string css, ReportAudience? requested)
    {
        var audience = ReportAudiences.For(score.Assessment.Status, requested);
        var full = BuildFull(score, css);
        var governanceGaps = full.Governance.SelectMany(g => g.Gaps).ToList();
        var view = full with
        {
            Audience = audience == ReportAudience.Panel ? "panel" : "author",
            FrameworkNote = FrameworkNote(score, files: audience == ReportAudience.Author),
            GovernanceGaps = governanceGaps,
            Cover = Cover(score),
            SignOff = new SignOffView(score.Assessment.SignOff.Chair ?? "", Formats.DateInWords(score.Assessment.SignOff.Date)),
        };
        view = view with { Provenance = [.. view.Provenance, .. CountRows(view.Overview)] };
        if (audience == ReportAudience.Author)
        {
            return view with { ProvenanceGroups = ProvenanceGroups.Of(view.Provenance) };
        }

        var panel = PanelEdition.WithoutCitations(view) with
        {
            // Lists Scriban can measure (.size): an empty collection expression here is a type it cannot.
            Gaps = new List<GapView>(),
            GovernanceGaps = new List<GapView>(),
            EvidenceFindings = new List<NoteView>(),
            Provenance = [.. view.Provenance.Select(p => p with { At = "" })],
        };
        return panel with
        {
            Governance = [.. panel.Governance.Select(g => g with { Gaps = new List<GapView>() })],
            ProvenanceGroups = ProvenanceGroups.Of(panel.Provenance),
        };
    }

    /// <summary>The overview's counts that rest on reconstructions, so the annex explains their mark too.</summary>
    private static IEnumerable<ProvenanceRow> CountRows(CompetencyOverview overview) =>
        overview.Marked.Where(c => !c.Mark.IsEmpty).Select(c => new ProvenanceRow($"Overview: {c.Text.TrimEnd('.')}", "", c.Mark.Kind, c.Mark.Note, ""));

    /// <summary>"World Class Commissioning assurance, year 2009/10": the year is the framework's.</summary>
    private static CoverView Cover(AssessmentScore score) => new(
        score.Assessment.OrganisationName,
        $"World Class Commissioning assurance, year {score.Framework.Year.Replace('-', '/')}",
        Formats.DateInWords(score.Assessment.PanelDate),
        score.Assessment.Version ?? "",
        score.Assessment.Issue.Title);

    /// <summary>Published framework versus this tool's proposals; the author's edition points at the framework file.</summary>
    private static string FrameworkNote(AssessmentScore score, bool files) =>
        $"The competencies and their measures, the four levels and the sixteen governance measures rated Red, Amber or Green are the "
        + $"World Class Commissioning framework as published. The level descriptors and the evidence each level needs, the survey "
        + $"thresholds (4.5 out of 6 for level 3, 5.5 for level 4), the roll-ups (a competency's score as the mean of its measures; "
        + $"a governance area from its measures) and the rules that judge outcome aspirations are this tool's proposals, written to "
        + $"reproduce a real panel report."
        + (files ? $" They are in the framework file seeds/frameworks/{score.Framework.Id}.yaml, with the reasons in seeds/frameworks/RATIONALE.md." : "");

    private static ReportView BuildFull(AssessmentScore score, string css)
    {
        var a = score.Assessment;
        var rows = CompetencyViews.Rows(score);
        var areas = score.Governance.Select(g => new ScorecardArea(
            g.Definition.Name, g.Rating?.Title() ?? "Not rated", Formats.RagClass(g.Rating),
            $"{g.PanelTally.Green} green, {g.PanelTally.Amber} amber, {g.PanelTally.Red} red")
        { RatingMark = ValueMarks.Area(g) }).ToList();
        return new ReportView(
            $"{(a.Synthetic ? "SYNTHETIC " : "")}{(a.Status == AssessmentStatus.Panel ? "World Class Commissioning panel report" : "World Class Commissioning self-assessment (draft)")}: {a.OrganisationName}",
            a.Synthetic,
            a.OrganisationName,
            a.OrganisationCode,
            a.Sha ?? "",
            a.Year.Replace('-', '/'),
            a.Status == AssessmentStatus.Panel ? "Panel assessment" : "Self-assessment (draft)",
            a.PanelDate ?? "",
            score.Framework.Name,
            css,
            Commentary(a.Commentary),
            new ScorecardView(rows, areas, ScorecardChart.Svg(rows, areas), ScoreLegend(score.Framework)),
            GovernanceViews.Build(score),
            OutcomesViews.Build(score),
            CompetencyViews.Overview(score),
            CompetencyViews.Pages(score),
            CompetencyViews.Gaps(score),
            ProvenanceRows.Build(score),
            [.. score.Findings.Where(f => f.Severity == Severity.Warning).Select(f => Narrative.Note(f.Message, $"{f.Location.File.Replace(a.Folder + "/", "", StringComparison.Ordinal)}:{f.Location.Line}"))
                .Concat(a.Findings.Select(Narrative.Note))],
            [.. a.Sources.Select(s => new SourceView(s.Id, s.Title, s.Document ?? ""))],
            TopLevel(score.Framework));
    }

    /// <summary>"Scores are the mean of the three measure levels (1–4).": the framework decides the roll-up and the count.</summary>
    public static string ScoreLegend(FrameworkDefinition framework)
    {
        var rollup = framework.Rollup.Competency == CompetencyRollup.Minimum ? "lowest" : "mean";
        var counts = framework.Competencies.Select(c => c.Measures.Count).Distinct().ToList();
        var measures = counts.Count == 1 ? $"the {Count(counts[0])} measure levels" : "its measure levels";
        return $"Scores are the {rollup} of {measures} ({LevelRange(framework)}).";
    }

    /// <summary>The framework's levels as a range, "1–4".</summary>
    public static string LevelRange(FrameworkDefinition framework) =>
        framework.Levels.Count == 0 ? "1–4" : $"{framework.Levels.Min(l => l.Level)}–{framework.Levels.Max(l => l.Level)}";

    private static int TopLevel(FrameworkDefinition framework) => framework.Levels.Count == 0 ? 4 : framework.Levels.Max(l => l.Level);

    /// <summary>Small counts in words, as the report's prose writes them.</summary>
    public static string Count(int n) => n switch
    {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

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
