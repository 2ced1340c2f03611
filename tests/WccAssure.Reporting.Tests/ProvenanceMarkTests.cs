using System.Text.RegularExpressions;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// Every value a source did not state is marked where it is shown, not only in the appendix; the two editions
/// of a report differ only in the author's sections.
/// </summary>
public partial class ProvenanceMarkTests
{
    private static readonly Lazy<Core.Results.AssessmentScore> Score = new(() =>
        Fixture.Score("assessments/south-staffordshire/2009-10")
    );

    private static RenderedReport Render(ReportAudience? audience)
    {
        var (report, error) = RenderedReport.Render(Score.Value, Fixture.Templates, audience);
        Assert.Null(error);
        return report!;
    }

    [Fact]
    public void Every_reconstructed_rating_is_marked_in_its_grid_cell()
    {
        var score = Score.Value;
        var reconstructed =
            score
                .Competencies.SelectMany(c => c.Measures)
                .Sum(m =>
                    new[] { m.Self, m.Panel, m.LastYear }.Count(r => r?.Provenance.Kind == ProvenanceKind.Reconstructed)
                )
            + score
                .Governance.SelectMany(g => g.Measures)
                .Sum(m =>
                    new[] { m.Record.Self, m.Record.Panel, m.Record.LastYear }.Count(r =>
                        r?.Provenance.Kind == ProvenanceKind.Reconstructed
                    )
                );
        Assert.True(reconstructed > 80, $"only {reconstructed} reconstructed ratings");

        // Each marker carries its own mark, naming it, so count the named marks (the author's edition gives reasons).
        var html = Render(ReportAudience.Author).Html;
        Assert.Equal(reconstructed, GlyphMark().Count(html));
    }

    [Fact]
    public void A_stated_panel_tick_beside_a_reconstructed_self_rating_is_not_shown_as_reconstructed()
    {
        var panel = Render(ReportAudience.Panel);
        // Strategy 1: the panel's Green is stated (L164), the self-rating under it reconstructed.
        Assert.Contains("| 1. Vision and goals |  |  | □\\* ✓ ◆ | Green |", panel.Markdown);
        var governance = panel.Markdown[
            panel.Markdown.IndexOf("## Governance", StringComparison.Ordinal)..panel.Markdown.IndexOf(
                "## Health outcomes",
                StringComparison.Ordinal
            )
        ];
        Assert.DoesNotContain("✓\\*", governance);
        Assert.DoesNotContain("◆\\*", governance);
        Assert.Contains("□<sup class=\"prov prov-reconstructed\"", panel.Html);
        Assert.DoesNotContain("◆<sup class=\"prov prov-reconstructed\"", GovernanceSection(panel.Html));
    }

    [Fact]
    public void The_overview_counts_carry_the_mark_of_the_reconstructions_they_rest_on()
    {
        var panel = Render(ReportAudience.Panel);
        Assert.Contains(
            "- The panel found evidence meeting or exceeding the self-assessment on 7 of 11 competencies.\\*",
            panel.Markdown
        );
        Assert.Contains("- Improved on last year in 8 of 10 competencies.\\*", panel.Markdown);
        Assert.Contains(
            "- 1 competency was added this year, so no rating from last year exists for it.\n",
            panel.Markdown
        );
        Assert.Contains(
            "**Overview: Improved on last year in 8 of 10 competencies.** Counted by this tool",
            panel.ProvenanceMarkdown
        );
        Assert.Contains("The source states the same count (panel-report L308).", panel.ProvenanceMarkdown);
        var author = Render(ReportAudience.Author).Markdown;
        Assert.Contains("- Improved on last year in 8 of 10 competencies.\\* _(panel-report L308)_", author);
        Assert.Contains(
            "- 1 competency was added this year, so no rating from last year exists for it. _(panel-report L310)_",
            author
        );
    }

    [Fact]
    public void A_reconstructed_survey_figure_keeps_its_mark_where_it_is_quoted()
    {
        var author = Render(ReportAudience.Author);
        Assert.Contains("(the public agree); is 4*", author.Markdown.Replace("\\*", "*", StringComparison.Ordinal));
        Assert.Contains("at least 5.5 out of 6; is 5*", author.Markdown.Replace("\\*", "*", StringComparison.Ordinal));
        Assert.Contains("| b. Public and patient engagement |  | ●\\* ✓ ◆\\* | □ |  |", author.Markdown);
        Assert.Contains("| 3. Patient and public engagement | 2.33 | 3.00\\* | 2.00\\* | 2.33\\* |", author.Markdown);
    }

    private static string GovernanceSection(string html) =>
        html[
            html.IndexOf("id=\"governance-1\"", StringComparison.Ordinal)..html.IndexOf(
                "id=\"outcomes\"",
                StringComparison.Ordinal
            )
        ];

    [Fact]
    public void Scores_movement_and_rolled_up_areas_are_marked_in_every_format()
    {
        var report = Render(ReportAudience.Author);
        Assert.Contains("| 1. Local leader of NHS | 2.33\\* | 3.00\\* | 2.00\\* | 2.33 | up\\* |", report.Markdown);
        Assert.Contains("| Finance | Green† (this tool's roll-up) |", report.Markdown);
        Assert.Contains("| Strategy | Amber |", report.Markdown);
        Assert.Matches(
            @"Governance – Finance: <span class=""rag green"">Green</span>"
                + @"<sup class=""prov prov-computed"" title=""This tool&#x27;s roll-up",
            report.Html
        );
        Assert.Matches(
            @"Governance – Finance: <span class=""rag green"">Green</span>"
                + @"<sup class=""prov prov-computed"" title=""computed: the provenance annex",
            Render(ReportAudience.Panel).Html
        );
        Assert.Contains("Rests on reconstructed last-year", report.Html);
        Assert.Contains("finance,,Finance,,green,green,,,panel: rolled up by this tool", report.Csv);
        Assert.DoesNotContain("Every value in this report is stated by a source", report.Html);
    }

    [Fact]
    public void The_panel_edition_drops_the_author_sections_and_yaml_line_citations()
    {
        var panel = Render(ReportAudience.Panel);
        var author = Render(ReportAudience.Author);
        Assert.Equal(panel.Html, Render(null).Html); // a panel assessment's default edition
        foreach (
            var section in new[] { "Gap to the next level", "Findings about the evidence", "To reach the next rating" }
        )
        {
            Assert.DoesNotContain(section, panel.Markdown);
            Assert.Contains(section, author.Markdown);
        }

        Assert.DoesNotMatch(YamlLine(), panel.Html);
        Assert.DoesNotMatch(YamlLine(), panel.Markdown);
        Assert.Matches(YamlLine(), author.Markdown);
        Assert.Contains("seeds/frameworks/wcc-2009-10.yaml", author.Markdown);
        Assert.Matches(SourceLine(), author.Markdown);
    }

    /// <summary>
    /// The issued edition reads as a document: no tool notes, repository paths or line citations in its body.
    /// </summary>
    [Fact]
    public void The_panel_edition_body_holds_no_repository_path_tool_note_or_line_citation()
    {
        var panel = Render(ReportAudience.Panel);
        foreach (var text in new[] { panel.Markdown, VisibleText(panel.Html) })
        {
            foreach (var banned in new[] { "seeds/", "RATIONALE.md", ".yaml", "Panel edition", "framework file" })
            {
                Assert.DoesNotContain(banned, text, StringComparison.Ordinal);
            }

            Assert.DoesNotMatch(SourceLine(), text);
        }

        // The hover titles of the marks say where the reason is, not the reason with its line citations.
        Assert.DoesNotMatch(SourceLine(), string.Join(" ", TitleAttribute().Matches(panel.Html).Select(m => m.Value)));
    }

    [Fact]
    public void The_panel_edition_opens_with_a_cover_and_closes_with_a_sign_off_left_blank()
    {
        var panel = Render(ReportAudience.Panel);
        var cover = panel.Markdown[..panel.Markdown.IndexOf("## Commentary", StringComparison.Ordinal)];
        Assert.StartsWith(
            "World Class Commissioning panel report\n\n# South Staffordshire PCT\n\nWorld Class Commissioning "
                + "assurance, year 2009/10\n\n**May 2010**",
            cover
        );
        Assert.Contains("Version: not numbered · Status: Draft", cover);
        var signOff = panel.Markdown[panel.Markdown.IndexOf("## Sign-off", StringComparison.Ordinal)..];
        // The source names no chair, so there is a line to sign, never an invented name.
        Assert.Contains("Panel chair: ______________________________", signOff);
        Assert.Contains("Date: ______________________________", signOff);
        Assert.Contains("<h2>Sign-off</h2>", panel.Html);
        Assert.Contains("<p class=\"cover-date\">May 2010</p>", panel.Html);
    }

    [Fact]
    public void A_final_signed_edition_names_its_chair_version_and_date()
    {
        var score = Score.Value;
        var signed = score with
        {
            Assessment = score.Assessment with
            {
                Version = "1.2",
                Issue = ReportIssue.Final,
                SignOff = new SignOff("Ann Example", "2010-06-03"),
            },
        };
        var view = ReportViewBuilder.Build(signed, "", ReportAudience.Panel);
        Assert.Equal(
            new CoverView(
                "South Staffordshire PCT",
                "World Class Commissioning assurance, year 2009/10",
                "May 2010",
                "1.2",
                "Final"
            ),
            view.Cover
        );
        Assert.Equal(new SignOffView("Ann Example", "3 June 2010"), view.SignOff);
        var (markdown, error) = Fixture.Templates.RenderMarkdown(view);
        Assert.Null(error);
        Assert.Contains("Version: 1.2 · Status: Final", markdown);
        Assert.Contains("Panel chair: Ann Example", markdown);
        Assert.Contains("Date: 3 June 2010", markdown);
    }

    [Fact]
    public void The_outcome_observations_keep_the_sources_four_groups_in_order_with_its_two_notes()
    {
        var panel = Render(ReportAudience.Panel).Markdown;
        var outcomes = panel[
            panel.IndexOf("## Health outcomes", StringComparison.Ordinal)..panel.IndexOf(
                "## Overview",
                StringComparison.Ordinal
            )
        ];
        var groups = new[]
        {
            "#### Changes in outcomes from last year",
            "#### Performance over last year",
            "#### Aspirations†",
            "#### Panel recommendations†",
        };
        var at = groups.Select(g => outcomes.IndexOf(g, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i > 0));
        Assert.Equal(at.Order(), at);
        Assert.Contains("1. Historic rates of improvement are taken over a three-year period", outcomes);
        Assert.Contains("2. The top decile is the tenth of PCTs with the largest rate of improvement.", outcomes);
        Assert.Contains("#1 and #2: Consider setting a more ambitious trajectory", outcomes[at[3]..]);
        Assert.Contains("#3 and #5: The aspiration looks ambitious yet credible.", outcomes[at[2]..at[3]]);
    }

    [Fact]
    public void An_outcome_with_two_splits_is_one_table_body_that_does_not_break_and_the_chart_has_a_heading()
    {
        var html = Render(ReportAudience.Panel).Html;
        var table = html[html.IndexOf("<table class=\"outcomes\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(10, Regex.Count(table, "<tbody>"));
        var first = table[
            table.IndexOf("<tbody>", StringComparison.Ordinal)..table.IndexOf("</tbody>", StringComparison.Ordinal)
        ];
        Assert.Equal(2, Regex.Count(first, "<tr>")); // #1, males and females together
        Assert.Contains("table.outcomes tbody { break-inside: avoid;", Fixture.Templates.Css);
        Assert.Contains("<h3>Rates of improvement against the benchmarks</h3>\n<svg", html);
    }

    [Fact]
    public void The_provenance_annex_says_each_reason_once_with_the_values_it_applies_to()
    {
        var panel = Render(ReportAudience.Panel);
        var annex = panel.ProvenanceMarkdown;
        Assert.Equal(
            1,
            Regex.Count(annex, Regex.Escape("Level 2, a typical year-1 score, is assumed for every year-1 measure."))
        );
        Assert.Contains("This applies to 30 values:", annex);
        Assert.Contains("- Competency 9b last year's rating: 2. On that assumption c09 did not improve.", annex);
        // Reasons that differ only in the row they cite are one reason, each value keeping its line.
        Assert.Contains("only the panel tick (Green) is visible in this row; the self mark is assumed", annex);
        Assert.Contains("- Strategy 1 self-rating: Green (L164)", annex);
        Assert.Contains("This applies to 13 values:", annex);
        Assert.Contains(
            "<h2><span aria-hidden=\"true\">*</span> Reconstructed from the source (92)</h2>",
            panel.ProvenanceHtml
        );
        Assert.Contains(
            "- **panel-report**: South Staffordshire PCT World Class Commissioning panel report, May 2010",
            annex
        );
        Assert.DoesNotMatch(YamlLine(), annex);
        Assert.Matches(YamlLine(), Render(ReportAudience.Author).ProvenanceMarkdown);
    }

    private static string VisibleText(string html) =>
        System.Net.WebUtility.HtmlDecode(
            Regex.Replace(Regex.Replace(html, "<style>.*?</style>", "", RegexOptions.Singleline), "<[^>]+>", " ")
        );

    [Fact]
    public void An_unsourced_evidence_item_keeps_the_appendix_from_claiming_every_value_is_sourced()
    {
        var score = Fixture.Score("assessments/stockport/2009-10");
        var c01 = score.Assessment.Competencies[0];
        var measure = c01.Measures[0];
        var unsourced = measure with
        {
            Evidence =
            [
                .. measure.Evidence,
                new EvidenceItem("Said on panel day.", ["documented"], null, measure.Location),
            ],
        };
        var assessment = score.Assessment with
        {
            Competencies =
            [
                c01 with
                {
                    Measures = [unsourced, .. c01.Measures.Skip(1)],
                },
                .. score.Assessment.Competencies.Skip(1),
            ],
        };
        var changed = Testing.Scoring.Score(Fixture.Seeds, assessment, score.Framework);
        var (report, error) = RenderedReport.Render(changed, Fixture.Templates);
        Assert.Null(error);
        Assert.DoesNotContain("Every value in this report is stated by a source", report!.Markdown);
        Assert.Contains("| unsourced | The evidence item names no source. |", report.Markdown);
    }

    [GeneratedRegex(
        @"<sup class=""prov prov-reconstructed"" title=""(last year \(●\)|self-rating \(□\)|panel \(✓\)) reconstructed:"
    )]
    private static partial Regex GlyphMark();

    [GeneratedRegex(@"\bL\d+\b")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"title=""[^""]*""")]
    private static partial Regex TitleAttribute();

    [GeneratedRegex(@"\.yaml:\d+")]
    private static partial Regex YamlLine();
}
