using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Assessment;
using static WccAssure.Core.Changes.ChangeValues;

namespace WccAssure.Core.Changes;

/// <summary>
/// What assessment.yaml says that a report shows: status, panel date, the sources, the commentary, figures and
/// findings. Narrative is compared item by item by its words.
/// </summary>
internal static class AssessmentChangeFinder
{
    private const ChangeSection Section = ChangeSection.Assessment;

    public static IEnumerable<Change> Values(AssessmentRecord before, AssessmentRecord after)
    {
        var (was, now) = (before.Commentary, after.Commentary);
        return Compare(
                Section,
                "Assessment",
                "status",
                Stated(before.Status.ToString()),
                Stated(after.Status.ToString()),
                after.Location
            )
            .Concat(
                Compare(
                    Section,
                    "Assessment",
                    "panel date",
                    Stated(before.PanelDate),
                    Stated(after.PanelDate),
                    after.Location
                )
            )
            .Concat(Pairing.Paired(Sources(before), Sources(after), SourceChanges))
            .Concat(Items(Section, "Strengths", "strength", was.Strengths, now.Strengths))
            .Concat(
                Items(Section, "Headlines", "headline", Headlines(was, before.Location), Headlines(now, after.Location))
            )
            .Concat(Items(Section, "Trajectory", "note", was.Trajectory, now.Trajectory))
            .Concat(
                Items(
                    Section,
                    "Trajectory",
                    "area for development",
                    was.TrajectoryDevelopment,
                    now.TrajectoryDevelopment
                )
            )
            .Concat(
                Items(
                    Section,
                    "Organisational development",
                    "note",
                    Aspects(was.OrganisationalDevelopment),
                    Aspects(now.OrganisationalDevelopment)
                )
            )
            .Concat(
                Items(
                    Section,
                    "Organisational development",
                    "area for development",
                    Aspects(was.OrganisationalDevelopmentAreas),
                    Aspects(now.OrganisationalDevelopmentAreas)
                )
            )
            .Concat(Pairing.Paired(Figures(before), Figures(after), FigureChanges))
            .Concat(Items(Section, "Findings", "finding", before.Findings, after.Findings))
            .Concat(
                Items(
                    ChangeSection.Outcomes,
                    "Observations",
                    "observation",
                    before.Outcomes.Observations,
                    after.Outcomes.Observations
                )
            )
            .Concat(
                Compare(
                    ChangeSection.Outcomes,
                    "Outcomes",
                    "selected on",
                    Stated(before.Outcomes.SelectionDate),
                    Stated(after.Outcomes.SelectionDate),
                    null
                )
            );
    }

    private static IEnumerable<(string Key, SourceDocument Value)> Sources(AssessmentRecord record) =>
        record.Sources.Select(s => (s.Id, s));

    private static IEnumerable<Change> SourceChanges(SourceDocument? before, SourceDocument? after)
    {
        var id = (after ?? before)!.Id;
        return Compare(Section, "Sources", id, Stated(Describe(before)), Stated(Describe(after)), null);
    }

    /// <summary>How a source is named in a report: its title, and the document it was read from.</summary>
    public static string? Describe(SourceDocument? source) =>
        source is null ? null
        : source.Document is null ? source.Title
        : $"{source.Title} ({source.Document})";

    /// <summary>A headline's title, observations and recommendation, each an item, so an edit names which.</summary>
    private static IEnumerable<NarrativeItem> Headlines(Commentary commentary, SourceLocation file) =>
        from h in commentary.Headlines
        let at = (h.Observations.Count > 0 ? h.Observations[0].Location : null) ?? h.Recommendation?.Location ?? file
        from item in h
            .Observations.Prepend(new NarrativeItem(h.Title, h.Source, at))
            .Concat(
                h.Recommendation is null
                    ? []
                    : [h.Recommendation with { Text = "Recommendation: " + h.Recommendation.Text }]
            )
        select item;

    private static IEnumerable<NarrativeItem> Aspects(IEnumerable<AspectNote> notes) =>
        notes.Select(n => n.Note with { Text = $"{n.Aspect}: {n.Note.Text}" });

    private static IEnumerable<(string Key, Figure Value)> Figures(AssessmentRecord record) =>
        record.Figures.Select(f => (f.Id, f));

    /// <summary>A figure one side has is one change (its value, unit, period and source); a kept one, each that
    /// moved.</summary>
    private static IEnumerable<Change> FigureChanges(Figure? before, Figure? after)
    {
        var figure = (after ?? before)!;
        if (before is null || after is null)
        {
            return Compare(Section, "Figures", figure.Id, Summary(before), Summary(after), after?.Location);
        }

        return Compare(Section, "Figures", figure.Id, Number(before.Value), Number(after.Value), after.Location)
            .Concat(
                Compare(
                    Section,
                    "Figures",
                    $"period of {figure.Id}",
                    Stated(before.Period),
                    Stated(after.Period),
                    after.Location
                )
            )
            .Concat(
                Compare(
                    Section,
                    "Figures",
                    $"unit of {figure.Id}",
                    Stated(before.Unit),
                    Stated(after.Unit),
                    after.Location
                )
            )
            .Concat(
                Compare(
                    Section,
                    "Figures",
                    $"source of {figure.Id}",
                    Source(before.Source),
                    Source(after.Source),
                    after.Location
                )
            );
    }

    private static ChangedValue? Summary(Figure? figure) =>
        figure is null
            ? null
            : Number(figure.Value)! with
            {
                Text = string.Join(
                    ", ",
                    new[]
                    {
                        $"{Number(figure.Value)!.Text} {figure.Unit}".TrimEnd(),
                        figure.Period,
                        figure.Source?.ToString(),
                    }.Where(t => !string.IsNullOrEmpty(t))
                ),
            };
}
