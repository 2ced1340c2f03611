using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Reporting.Pictures;

namespace WccAssure.Reporting.View;

/// <summary>Builds the report view of a scored assessment. Same score in, same view out.</summary>
internal static class ReportViewBuilder
{
    /// <summary>
    /// The view for the audience that suits the assessment: panel for a panel assessment, author for a draft.
    /// </summary>
    public static ReportView Build(AssessmentScore score, string css) => Build(score, css, null);

    /// <summary>
    /// The view for an audience (null: panel for a panel assessment, author for a draft). The panel's view has
    /// no author sections and no YAML line citations; both views mark every value a source did not state.
    /// </summary>
    public static ReportView Build(AssessmentScore score, string css, ReportAudience? requested) =>
        Build(score, css, requested, false);

    /// <summary>
    /// As above; <paramref name="withEvidence"/> puts the evidence items in the panel edition too (the author's
    /// always has them). The author's edition of a self-assessment is worded as the PCT's own draft.
    /// </summary>
    public static ReportView Build(AssessmentScore score, string css, ReportAudience? requested, bool withEvidence)
    {
        var audience = ReportAudiences.For(score.Assessment.Status, requested);
        var draft = audience == ReportAudience.Author && score.Assessment.Status == AssessmentStatus.SelfAssessment;
        var forAuthor = audience == ReportAudience.Author;
        var content = BuildContent(score, css, draft, forAuthor);
        var view = content with
        {
            Audience = audience,
            FrameworkNote = FrameworkNote(score.Framework, files: forAuthor),
            GovernanceGaps = content.Governance.SelectMany(g => g.Gaps).ToList(),
            Cover = Cover(score),
            SignOff = new SignOffView(
                score.Assessment.SignOff.Chair ?? "",
                Formats.DateInWords(score.Assessment.SignOff.Date)
            ),
            Draft = draft,
            ShowPanel = !draft || HasPanelRatings(score),
            ShowEvidence = forAuthor || withEvidence,
            Completeness = forAuthor ? CompletenessText.Line(score.Completeness) : "",
        };
        view = view with { Provenance = [.. view.Provenance, .. CountRows(view.Overview)] };
        view = forAuthor ? view : PanelEdition.WithoutCitations(view);
        return view with { ProvenanceGroups = ProvenanceGroups.Of(view.Provenance) };
    }

    /// <summary>The overview's counts that rest on reconstructions, so the annex explains their mark too.</summary>
    private static IEnumerable<ProvenanceRow> CountRows(CompetencyOverview overview) =>
        overview
            .Marked.Where(c => !c.Mark.IsEmpty)
            .Select(c => new ProvenanceRow($"Overview: {c.Text.TrimEnd('.')}", "", c.Mark.Kind, c.Mark.Note, ""));

    /// <summary>"World Class Commissioning assurance, year 2009/10": the year is the framework's.</summary>
    private static CoverView Cover(AssessmentScore score) =>
        new(
            score.Assessment.OrganisationName,
            $"World Class Commissioning assurance, year {score.Framework.Year.Replace('-', '/')}",
            Formats.DateInWords(score.Assessment.PanelDate),
            score.Assessment.Version ?? "",
            score.Assessment.Issue.Title
        );

    /// <summary>
    /// Published framework versus this tool's proposals, its counts, thresholds and roll-up read from the framework;
    /// the author's edition points at the framework file.
    /// </summary>
    private static string FrameworkNote(FrameworkDefinition framework, bool files)
    {
        var levels = FrameworkWords.Count(FrameworkWords.LevelCount(framework));
        var governance = FrameworkWords.Count(FrameworkWords.GovernanceMeasures(framework));
        var thresholds = FrameworkWords.Thresholds(framework) is { } t ? $"the survey thresholds ({t}), " : "";
        var file =
            $" They are in the framework file seeds/frameworks/{framework.Id}.yaml, "
            + "with the reasons in seeds/frameworks/RATIONALE.md.";
        return $"The competencies and their measures, the {levels} levels and the {governance} governance measures "
            + "rated Red, Amber or Green are the World Class Commissioning framework as published. The level "
            + $"descriptors and the evidence each level needs, {thresholds}the roll-ups (a competency's score as the "
            + $"{FrameworkWords.Rollup(framework)} of its measures; a governance area from its measures) and the rules "
            + "that judge outcome aspirations are this tool's proposals, written to reproduce a real panel report."
            + (files ? file : "");
    }

    private static bool HasPanelRatings(AssessmentScore score) =>
        score.Competencies.Any(c => c.Measures.Any(m => m.Panel is not null))
        || score.Governance.Any(g => g.StatedRating is not null || g.Measures.Any(m => m.Record.Panel is not null));

    /// <summary>
    /// "2 green, 3 amber, 0 red", "… (3 of 5 rated)" when some are not, "not yet rated" when none is: never 0 for
    /// unknown.
    /// </summary>
    private static string Tally(RagTally tally, int measures)
    {
        var rated = tally.Green + tally.Amber + tally.Red;
        return rated == 0
            ? "not yet rated"
            : $"{tally.Green} green, {tally.Amber} amber, {tally.Red} red"
                + (rated < measures ? $" ({rated} of {measures} rated)" : "");
    }

    private static ScorecardArea Area(GovernanceAreaScore g, bool draft)
    {
        var mark = draft ? GovernanceViews.SelfMark(g) : ValueMarks.Area(g);
        return new ScorecardArea(
            g.Definition.Name,
            GovernanceViews.Rating(g, draft),
            draft ? g.SelfRating : g.Rating,
            Tally(draft ? g.SelfTally : g.PanelTally, g.Measures.Count)
        )
        {
            RatingMark = mark,
            RatingNote =
                mark.Kind != "computed" ? ""
                : draft ? "this tool's roll-up of the self-ratings"
                : "this tool's roll-up",
        };
    }

    /// <summary>The view's content for its edition: gaps, findings and file citations only in the author's.</summary>
    private static ReportView BuildContent(AssessmentScore score, string css, bool draft, bool forAuthor)
    {
        var a = score.Assessment;
        var rows = CompetencyViews.Rows(score, draft);
        var areas = score.Governance.Select(g => Area(g, draft)).ToList();
        var heading = draft ? "Self-assessment scorecard" : "Panel scorecard";
        var withPanel = !draft || HasPanelRatings(score);
        var scorecard = new ScorecardView(
            rows,
            areas,
            ScorecardChart.Svg(rows, areas, heading, withPanel),
            ScoreLegend(score.Framework)
        )
        {
            Heading = heading,
            TallyHeading = draft ? "Measures (self-rating)" : "Measures (panel)",
        };
        return new ReportView(
            $"{(a.Synthetic ? "SYNTHETIC " : "")}World Class Commissioning "
                + $"{(a.Status == AssessmentStatus.Panel ? "panel report" : "self-assessment (draft)")}: "
                + $"{a.OrganisationName}",
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
            GovernanceViews.Build(score, draft, withGaps: forAuthor),
            OutcomesViews.Build(score),
            CompetencyViews.Overview(score, draft),
            CompetencyViews.Pages(score),
            forAuthor ? CompetencyViews.Gaps(score) : new List<GapView>(),
            ProvenanceRows.Build(score, withLocations: forAuthor),
            forAuthor ? EvidenceFindings(score) : new List<NoteView>(),
            [.. a.Sources.Select(s => new SourceView(s.Id, s.Title, s.Document ?? ""))],
            FrameworkWords.TopLevel(score.Framework)
        );
    }

    /// <summary>
    /// For authors: the warnings about the evidence at their file and line, and the assessment's own.
    /// </summary>
    private static List<NoteView> EvidenceFindings(AssessmentScore score)
    {
        var folder = score.Assessment.Folder;
        return
        [
            .. score
                .Findings.Where(f => f.Severity == Severity.Warning)
                .Select(f =>
                    Narrative.Note(f.Message, $"{DisplayPath.Within(f.Location.File, folder)}:{f.Location.Line}")
                )
                .Concat(score.Assessment.Findings.Select(Narrative.Note)),
        ];
    }

    /// <summary>
    /// "Scores are the mean of the three measure levels (1–4).": the framework decides the roll-up and the count.
    /// </summary>
    public static string ScoreLegend(FrameworkDefinition framework)
    {
        var measures = FrameworkWords.MeasuresEach(framework) is { } each
            ? $"the {FrameworkWords.Count(each)} measure levels"
            : "its measure levels";
        var range = FrameworkWords.LevelRange(framework);
        return $"Scores are the {FrameworkWords.Rollup(framework)} of {measures} ({range}).";
    }

    private static CommentaryView Commentary(Commentary c) =>
        new(
            [.. c.Strengths.Select(Narrative.Note)],
            [
                .. c.Headlines.Select(
                    (h, i) =>
                        new HeadlineView(
                            i + 1,
                            h.Title,
                            [.. h.Observations.Select(Narrative.Note)],
                            h.Recommendation is null
                                ? NoteView.None
                                : Narrative.Note(
                                    h.Recommendation.Text,
                                    (h.Recommendation.Source ?? h.Source)?.ToString() ?? ""
                                ),
                            h.Source?.ToString() ?? ""
                        )
                ),
            ],
            [.. c.Trajectory.Select(Narrative.Note)],
            [.. c.TrajectoryDevelopment.Select(Narrative.Note)],
            [.. c.OrganisationalDevelopment.Select(Aspect)],
            [.. c.OrganisationalDevelopmentAreas.Select(Aspect)],
            c.Strengths.Count + c.Headlines.Count + c.Trajectory.Count + c.OrganisationalDevelopment.Count == 0
        );

    private static AspectView Aspect(AspectNote note) =>
        new(char.ToUpperInvariant(note.Aspect[0]) + note.Aspect[1..], Narrative.Note(note.Note));
}
