using System.Text.RegularExpressions;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// The issued panel edition as a panel gets it from `wcc report`: a cover, a body without the source's line
/// numbers or repository paths, a sign-off, and the provenance annex as a document of its own beside it.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class PanelEditionTests
{
    [Fact]
    public void The_panel_report_reads_as_a_document_with_its_provenance_annex_beside_it()
    {
        using var scratch = new Scratch();
        var folder = Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10");
        var result = WccProcess.Run("report", folder, "--out", scratch.Out);
        result.AssertExit(0);
        Assert.Contains("/: report.html, report.md, scorecard.csv, provenance.html, provenance.md", result.Output);
        var markdown = File.ReadAllText(Path.Combine(scratch.ReportFolder, "report.md"));
        Assert.StartsWith(
            "World Class Commissioning panel report\n\n# South Staffordshire PCT\n\n"
                + "World Class Commissioning assurance, year 2009/10\n\n**May 2010**",
            markdown
        );
        Assert.DoesNotMatch(@"\bL\d+\b|seeds/|RATIONALE\.md|\.yaml", markdown);
        Assert.Contains("## Sign-off", markdown);
        var annex = File.ReadAllText(Path.Combine(scratch.ReportFolder, "provenance.md"));
        Assert.Contains("This applies to 30 values:", annex);
        Assert.Equal(1, Regex.Count(annex, "every last-year glyph was lost"));
        var html = File.ReadAllText(Path.Combine(scratch.ReportFolder, "report.html"));
        Assert.Contains("<a href=\"provenance.html\">provenance annex</a>", html);
    }
}
