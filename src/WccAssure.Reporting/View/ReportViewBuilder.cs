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
    public static ReportView Build(AssessmentScore score, string css, ReportAudience? requested) => Build(score, css, requested, false);

    /// <summary>
    /// As above; <paramref name="withEvidence"/> puts the evidence items in the panel edition too (the author's
    /// always has them). The author's edition of a self-assessment is worded as the PCT's own draft.
    /// </summary>
    public static ReportView Build(AssessmentScore score, string css, ReportAudience? requested, bool withEvidence)
    {
        var audience = ReportAudiences.For(score.Assessment.Status, requested);
        var draft = audience == ReportAudience.Author && score.Assessment.Status == AssessmentStatus.SelfAssessment;
        var full = BuildFull(score, css, draft);
        var governanceGaps = full.Governance.SelectMany(g => g.Gaps).ToList();
        var view = full with
        {
            Audience = audience == ReportAudience.Panel ? "panel" : "author",
            FrameworkNote = FrameworkNote(score),
            GovernanceGaps = governanceGaps,
            Draft = draft,
            ShowPanel = !draft || HasPanelRatings(score),
            ShowEvidence = audience == ReportAudience.Author || withEvidence,
            Completeness = audience == ReportAudience.Author ? CompletenessText.Line(score.Completeness) : "",
        };
        return audience == ReportAudience.Author ? view : view with
        {
            // Lists Scriban can measure (.size): an empty collection expression here is a type it cannot.
            Gaps = new List<GapView>(),
            GovernanceGaps = new List<GapView>(),
            EvidenceFindings = new List<NoteView>(),
            Governance = [.. view.Governance.Select(g => g with { Gaps = new List<GapView>() })],
            Provenance = [.. view.Provenance.Select(p => p with { At = "" })],
        };
    }

    /// <summary>Published framework versus this tool's proposals, pointing at the framework file and its rationale.</summary>
    private static string FrameworkNote(AssessmentScore score) =>
        $"The competencies and their measures, the four levels and the sixteen governance measures rated Red, Amber or Green are the "
        + $"World Class Commissioning framework as published. The level descriptors and the evidence each level needs, the survey "
        + $"thresholds (4.5 out of 6 for level 3, 5.5 for level 4), the roll-ups (a competency's score as the mean of its measures; "
        + $"a governance area from its measures) and the rules that judge outcome aspirations are this tool's proposals, written to "
        + $"reproduce a real panel report. They are in the framework file seeds/frameworks/{score.Framework.Id}.yaml, with the "
        + $"reasons in seeds/frameworks/RATIONALE.md.";

    private static bool HasPanelRatings(AssessmentScore score) =>
        score.Competencies.Any(c => c.Measures.Any(m => m.Panel is not null))
        || score.Governance.Any(g => g.StatedRating is not null || g.Measures.Any(m => m.Record.Panel is not null));

    /// <summary>"2 green, 3 amber, 0 red", "… (3 of 5 rated)" when some are not, "not yet rated" when none is: never 0 for unknown.</summary>
    private static string Tally(RagTally tally, int measures)
    {
        var rated = tally.Green + tally.Amber + tally.Red;
        return rated == 0 ? "not yet rated"
            : $"{tally.Green} green, {tally.Amber} amber, {tally.Red} red" + (rated < measures ? $" ({rated} of {measures} rated)" : "");
    }

    private static ScorecardArea Area(GovernanceAreaScore g, bool draft)
    {
        var mark = draft ? GovernanceViews.SelfMark(g) : ValueMarks.Area(g);
        return new ScorecardArea(g.Definition.Name, GovernanceViews.Rating(g, draft), Formats.RagClass(draft ? g.SelfRating : g.Rating),
            Tally(draft ? g.SelfTally : g.PanelTally, g.Measures.Count))
        {
            RatingMark = mark,
            RatingNote = mark.Kind != "computed" ? "" : draft ? "this tool's roll-up of the self-ratings" : "this tool's roll-up",
        };
    }

    private static ReportView BuildFull(AssessmentScore score, string css, bool draft)
    {
        var a = score.Assessment;
        var rows = CompetencyViews.Rows(score, draft);
        var areas = score.Governance.Select(g => Area(g, draft)).ToList();
        var heading = draft ? "Self-assessment scorecard" : "Panel scorecard";
        var withPanel = !draft || HasPanelRatings(score);
        var scorecard = new ScorecardView(rows, areas, ScorecardChart.Svg(rows, areas, heading, withPanel), ScoreLegend(score.Framework))
        {
            Heading = heading,
            TallyHeading = draft ? "Measures (self-rating)" : "Measures (panel)",
        };
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
            scorecard,
            GovernanceViews.Build(score, draft),
            OutcomesViews.Build(score),
            CompetencyViews.Overview(score, draft),
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
