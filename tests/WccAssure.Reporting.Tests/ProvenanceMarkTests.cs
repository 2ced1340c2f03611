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
    private static readonly Lazy<Core.Results.AssessmentScore> Score = new(() => Fixture.Score("assessments/south-staffordshire/2009-10"));

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
        var reconstructed = score.Competencies.SelectMany(c => c.Measures).Sum(m =>
                new[] { m.Self, m.Panel, m.LastYear }.Count(r => r?.Provenance.Kind == ProvenanceKind.Reconstructed))
            + score.Governance.SelectMany(g => g.Measures).Sum(m =>
                new[] { m.Record.Self, m.Record.Panel, m.Record.LastYear }.Count(r => r?.Provenance.Kind == ProvenanceKind.Reconstructed));
        Assert.True(reconstructed > 80, $"only {reconstructed} reconstructed ratings");

        // A cell holds up to three ratings and carries one mark naming each of them, so count the names.
        var html = Render(null).Html;
        var named = CellMark().Matches(html).Sum(m => Regex.Count(m.Groups["note"].Value, "reconstructed:"));
        Assert.Equal(reconstructed, named);
    }

    [Fact]
    public void Scores_movement_and_rolled_up_areas_are_marked_in_every_format()
    {
        var report = Render(null);
        Assert.Contains("| 1. Local leader of NHS | 2.33\\* | 3.00\\* | 2.00\\* | 2.33 | up\\* |", report.Markdown);
        Assert.Contains("| Finance | Green† (this tool's roll-up) |", report.Markdown);
        Assert.Contains("| Strategy | Amber |", report.Markdown);
        Assert.Matches(@"Governance – Finance: <span class=""rag green"">Green</span><sup class=""prov prov-computed"" title=""This tool&#x27;s roll-up", report.Html);
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
        foreach (var section in new[] { "Gap to the next level", "Findings about the evidence", "To reach the next rating" })
        {
            Assert.DoesNotContain(section, panel.Markdown);
            Assert.Contains(section, author.Markdown);
        }

        Assert.DoesNotMatch(YamlLine(), panel.Html);
        Assert.DoesNotMatch(YamlLine(), panel.Markdown);
        Assert.Matches(YamlLine(), author.Markdown);
        Assert.Contains("Panel edition", panel.Markdown);
        Assert.Contains("seeds/frameworks/wcc-2009-10.yaml", panel.Markdown);
    }

    [Fact]
    public void An_unsourced_evidence_item_keeps_the_appendix_from_claiming_every_value_is_sourced()
    {
        var score = Fixture.Score("assessments/stockport/2009-10");
        var c01 = score.Assessment.Competencies[0];
        var measure = c01.Measures[0];
        var unsourced = measure with { Evidence = [.. measure.Evidence, new EvidenceItem("Said on panel day.", ["documented"], null, measure.Location)] };
        var assessment = score.Assessment with { Competencies = [c01 with { Measures = [unsourced, .. c01.Measures.Skip(1)] }, .. score.Assessment.Competencies.Skip(1)] };
        var changed = Core.Rules.AssessmentScorer.Score(assessment, Core.Rules.ScoringContext.Resolve(Fixture.Seeds, assessment, score.Framework));
        var (report, error) = RenderedReport.Render(changed, Fixture.Templates);
        Assert.Null(error);
        Assert.DoesNotContain("Every value in this report is stated by a source", report!.Markdown);
        Assert.Contains("| unsourced | The evidence item names no source. |", report.Markdown);
    }

    [GeneratedRegex(@"<td class=""mark [^""]*"">[^<]*<sup class=""prov prov-reconstructed"" title=""(?<note>[^""]*)""")]
    private static partial Regex CellMark();

    [GeneratedRegex(@"\.yaml:\d+")]
    private static partial Regex YamlLine();
}
