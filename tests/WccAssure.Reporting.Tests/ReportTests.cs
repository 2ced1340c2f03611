using System.Text.RegularExpressions;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

public class ReportTests
{
    private static readonly RenderedReport SouthStaffordshire = Fixture.Render(
        "assessments/south-staffordshire/2009-10"
    );

    [Fact]
    public void Html_matches_its_approved_snapshot() =>
        Snapshot.Match("south-staffordshire.html", SouthStaffordshire.Html);

    [Fact]
    public void Markdown_matches_its_approved_snapshot() =>
        Snapshot.Match("south-staffordshire.md", SouthStaffordshire.Markdown);

    [Fact]
    public void Provenance_annex_matches_its_approved_snapshot() =>
        Snapshot.Match("south-staffordshire.provenance.md", SouthStaffordshire.ProvenanceMarkdown);

    [Fact]
    public void Csv_matches_its_approved_snapshot() =>
        Snapshot.Match("south-staffordshire.csv", SouthStaffordshire.Csv);

    [Theory]
    [InlineData("Commentary")]
    [InlineData("Panel scorecard")]
    [InlineData("Potential for improvement")]
    [InlineData("Governance – Strategy")]
    [InlineData("Governance – Finance")]
    [InlineData("Governance – Board")]
    [InlineData("Health outcomes")]
    [InlineData("Overview – competencies")]
    [InlineData("Competency 11 – ")]
    [InlineData("Sign-off")]
    public void Every_section_of_the_panel_report_is_present_in_both_formats(string heading)
    {
        Assert.Contains(heading, SouthStaffordshire.Html);
        Assert.Contains("## " + heading, SouthStaffordshire.Markdown);
    }

    [Fact]
    public void The_html_is_self_contained_and_makes_no_network_requests()
    {
        var html = SouthStaffordshire.Html;
        Assert.DoesNotMatch(new Regex(@"<(script|link|img|iframe)\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""https?:", RegexOptions.IgnoreCase), html);
        Assert.Contains("<style>", html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public void Every_rag_colour_has_a_text_label_beside_it()
    {
        foreach (
            Match badge in Regex.Matches(
                SouthStaffordshire.Html,
                @"<span class=""rag (red|amber|green)"">([^<]*)</span>"
            )
        )
        {
            Assert.Equal(badge.Groups[1].Value, badge.Groups[2].Value.ToLowerInvariant());
        }

        Assert.Contains(">Strategy: Amber</text>", SouthStaffordshire.Html);
    }

    [Fact]
    public void The_report_states_the_counts_and_judgements_the_engine_computed()
    {
        Assert.Contains(
            "meeting or exceeding the self-assessment on 7 of 11 competencies",
            SouthStaffordshire.Markdown
        );
        Assert.Contains("Improved on last year in 8 of 10 competencies", SouthStaffordshire.Markdown);
        Assert.Contains("#3 and #5: The aspiration looks ambitious yet credible.", SouthStaffordshire.Markdown);
        Assert.Contains("#7 and #8: The aspiration could be more stretching", SouthStaffordshire.Markdown);
        Assert.DoesNotContain(".:", SouthStaffordshire.Markdown);
    }

    [Fact]
    public void Reconstructed_values_are_listed_in_the_provenance_appendix()
    {
        var annex = SouthStaffordshire.ProvenanceMarkdown;
        Assert.Contains("**Competency 1a panel rating: 3.** Reconstruction: the panel glyph was lost", annex);
        Assert.DoesNotContain("Competency 4a panel rating", annex);
        // the panel's report leaves it to the annex
        Assert.DoesNotContain("## Appendix: provenance", SouthStaffordshire.Markdown);
        var author = Fixture
            .Render("assessments/south-staffordshire/2009-10", Reporting.View.ReportAudience.Author)
            .Markdown;
        Assert.Contains(
            "| Competency 1a panel rating | 3 | reconstructed |",
            author[author.IndexOf("## Appendix: provenance", StringComparison.Ordinal)..]
        );
    }

    [Fact]
    public void Rendering_is_byte_identical_across_runs()
    {
        var again = Fixture.Render("assessments/south-staffordshire/2009-10");
        Assert.Equal(SouthStaffordshire.Html, again.Html);
        Assert.Equal(SouthStaffordshire.Markdown, again.Markdown);
        Assert.Equal(SouthStaffordshire.Csv, again.Csv);
    }

    [Theory]
    [InlineData("assessments/stockport/2009-10")]
    [InlineData("assessments/trafford/2008-09")]
    [InlineData("assessments/west-hertfordshire/2008-09")]
    public void Drafts_render_with_evidenced_levels_and_say_what_is_missing(string folder)
    {
        var report = Fixture.Render(folder);
        Assert.Contains("Self-assessment (draft)", report.Markdown);
        Assert.Contains(
            "- No self-ratings are recorded yet: the levels shown are those the evidence supports.\n",
            report.Markdown
        );
        Assert.DoesNotContain("No self or panel ratings", report.Markdown);
        Assert.Contains("## Findings about the evidence", report.Markdown);
    }
}
