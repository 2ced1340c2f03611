using System.Globalization;
using Spectre.Console;
using WccAssure.Core.Model;
using WccAssure.Core.Results;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Rendering;

/// <summary>The terminal summary of a score (`wcc score`): measures, governance, outcomes and the counts.</summary>
public static class ScoreTables
{
    /// <summary>
    /// Writes each score's tables to <paramref name="writer"/>, at least 140 columns wide; in colour only when it is
    /// the console and not redirected, so a file or pipe gets plain text.
    /// </summary>
    public static void Write(IReadOnlyList<AssessmentScore> scores, TextWriter writer)
    {
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem =
                    writer == Console.Out && !Console.IsOutputRedirected
                        ? ColorSystemSupport.Detect
                        : ColorSystemSupport.NoColors,
            }
        );
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        foreach (var score in scores)
        {
            var a = score.Assessment;
            console.Write(
                new Rule(
                    $"[bold]{Markup.Escape(a.OrganisationName)}[/] ({Markup.Escape(a.OrganisationCode)}) "
                        + $"{Markup.Escape(a.Year)} — "
                        + $"{Markup.Escape(a.Status.Word)}{(a.Synthetic ? " — SYNTHETIC DATA" : "")}"
                ).LeftJustified()
            );
            // Written past the console so it is one line to grep, however narrow the table's width.
            writer.WriteLine(CompletenessText.Line(score.Completeness));
            console.Write(Measures(score));
            console.Write(Governance(score));
            console.Write(Outcomes(score));
            writer.WriteLine(Counts(score));
            writer.WriteLine();
        }
    }

    private static Table Measures(AssessmentScore score)
    {
        var table = new Table()
            .Title("Competencies")
            .AddColumns("Measure", "Self", "Evidenced", "Panel", "Last year", "Gap to next level");
        foreach (var c in score.Competencies)
        {
            foreach (var m in c.Measures)
            {
                table.AddRow(
                    Markup.Escape($"{c.Definition.Number}{m.Definition.Id} {m.Definition.Name}"),
                    Level(m.Self),
                    m.Record.HasEvidence
                        ? m.EvidencedLevel.ToString(CultureInfo.InvariantCulture)
                        : CompetencyViews.NoEvidence,
                    Level(m.Panel),
                    Level(m.LastYear),
                    Markup.Escape(Gap(m, score.Assessment.Folder))
                );
            }
        }

        return table;
    }

    private static Table Governance(AssessmentScore score)
    {
        var table = new Table()
            .Title("Governance")
            .AddColumns("Measure", "Self", "Evidenced", "Panel", "Last year", "Gap to next rating");
        foreach (var area in score.Governance)
        {
            // An area rating the panel did not state is this tool's roll-up, and says so (†).
            var rolled =
                area.StatedRating is null && area.PanelRating is not null ? "†"
                : area.StatedRating?.Provenance.Kind == ProvenanceKind.Reconstructed ? "*"
                : "";
            var self = area.SelfRating is { } s ? s.Title() + "†" : "-";
            var evidenced = area.HasEvidence ? area.EvidencedRating.Title() : "no evidence yet";
            table.AddRow(
                $"[bold]{Markup.Escape(area.Definition.Name)}[/]",
                Markup.Escape(self),
                Markup.Escape(evidenced),
                Markup.Escape((area.Rating?.Title() ?? "-") + rolled),
                "",
                ""
            );
            foreach (var m in area.Measures)
            {
                table.AddRow(
                    Markup.Escape($"  {m.Definition.Number}. {m.Definition.Name}"),
                    Rag(m.Record.Self),
                    m.Record.HasEvidence ? m.Evidenced.Title() : CompetencyViews.NoEvidence,
                    Rag(m.Record.Panel),
                    Rag(m.Record.LastYear),
                    Markup.Escape(Gap(m, score.Assessment.Folder))
                );
            }
        }

        return table;
    }

    private static Table Outcomes(AssessmentScore score)
    {
        var table = new Table()
            .Title("Outcomes (CAGR, %)")
            .AddColumns("#", "Indicator", "PCT", "National", "Cluster", "Top decile", "Aspiration", "Judgement");
        foreach (var o in score.Outcomes)
        {
            foreach (var s in o.Splits)
            {
                table.AddRow(
                    o.Record.Number.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(s.Indicator?.Name ?? "(none selected)"),
                    Markup.Escape(Show(s.Historic)),
                    Num(s.National),
                    Num(s.Cluster),
                    Num(s.TopDecile),
                    Markup.Escape(Show(s.Aspiration)),
                    Markup.Escape(o.JudgementText ?? "—")
                );
            }
        }

        return table;
    }

    /// <summary>
    /// "to reach 3: survey at least 4.5; is 4.14 — competencies/c01.yaml:14", worded once by <see
    /// cref="CriterionResult.Explain"/>.
    /// </summary>
    private static string Gap(MeasureScore measure, string folder) =>
        measure.Gap.Count == 0
            ? ""
            : $"to reach {measure.EvidencedLevel + 1}: "
                + string.Join("; ", measure.Gap.Select(g => g.Explain(folder)));

    /// <summary>"to reach Green: … — governance/strategy.yaml:7", as for levels.</summary>
    private static string Gap(GovernanceMeasureScore measure, string folder)
    {
        if (measure.Gap.Count == 0 || measure.Next is not { } next)
        {
            return "";
        }

        var at = measure.Gap.Select(g => g.At).FirstOrDefault(a => a is not null);
        var where = at is null ? "" : $" — {Core.Diagnostics.DisplayPath.Within(at.File, folder)}:{at.Line}";
        return $"to reach {next.Title()}: "
            + string.Join("; ", measure.Gap.Select(g => $"{g.Criterion.Description} ({g.Reason})"))
            + where;
    }

    /// <summary>
    /// The panel report's counts, with "not yet rated" for a count over nothing: 0 of 0 would read as a result.
    /// </summary>
    private static string Counts(AssessmentScore score)
    {
        var c = score.Counts;
        var added = score
            .Competencies.Where(x => x.AddedThisYear)
            .Select(x => x.Definition.Number.ToString(CultureInfo.InvariantCulture))
            .ToList();
        var self = RagTally.Of(
            score.Governance.SelectMany(g => g.Measures).Select(m => m.Record.Self?.Value).OfType<Rag>()
        );
        var governance =
            score.Assessment.Status == AssessmentStatus.Panel
                ? $"governance (panel): {Tally(c.GovernancePanel)}"
                : $"governance (self-rating): {Tally(self)}";
        return $"Met or exceeded self-assessment: {Of(c.MetOrExceededSelf, c.ComparedWithSelf)}; improved on last "
            + $"year: {Of(c.ImprovedOnLastYear, c.ComparedWithLastYear)}; added this year: "
            + $"{(added.Count == 0 ? "none" : $"{added.Count} (competency {string.Join(", ", added)})")}; outcomes "
            + $"slipped: {c.OutcomesSlipped.Describe()}; bottom quartile: {c.OutcomesBottomQuartile.Describe()}; "
            + $"{governance}\n"
            + "* reconstructed from the source; † this tool's roll-up of the measure ratings (no one stated the area "
            + "rating)";
    }

    private static string Of(int count, int of) => of == 0 ? "not yet rated" : $"{count} of {of}";

    private static string Tally(RagTally t) =>
        t.Green + t.Amber + t.Red == 0 ? "not yet rated" : $"{t.Green} green, {t.Amber} amber, {t.Red} red";

    private static string Level(Rating<int>? rating) => RatingWords.Show(rating, "-");

    private static string Rag(Rating<Rag>? rating) => RatingWords.Show(rating, "-");

    private static string Num(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Show(Derived derived) =>
        derived.Value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";
}
