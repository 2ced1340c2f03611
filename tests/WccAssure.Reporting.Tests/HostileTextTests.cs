using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// Evidence text is data: never run as HTML, never evaluated as a template, never a spreadsheet formula.
/// </summary>
public class HostileTextTests
{
    private const string Script = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
    private const string TemplateCode =
        "{{ organisation }} {{ for x in gaps }}loop{{ end }} {{ include 'report.css' }}";

    private static RenderedReport RenderHostile()
    {
        var folder = Fixture.TempDirectory();
        foreach (
            var file in Directory.EnumerateFiles(
                Path.Combine(Fixture.Root, "tests", "fixtures", "valid"),
                "*",
                SearchOption.AllDirectories
            )
        )
        {
            var destination = Path.Combine(
                folder,
                Path.GetRelativePath(Path.Combine(Fixture.Root, "tests", "fixtures", "valid"), file)
            );
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var c01 = Path.Combine(folder, "competencies", "c01.yaml");
        File.WriteAllText(
            c01,
            File.ReadAllText(c01)
                .Replace(
                    "  a:\n    evidence: []",
                    $"  a:\n    rationale: \"{Script} {TemplateCode} a | b\"\n    evidence: []",
                    StringComparison.Ordinal
                )
        );
        var header = Path.Combine(folder, "assessment.yaml");
        File.WriteAllText(
            header,
            File.ReadAllText(header)
                .Replace(
                    "commentary: {}",
                    $"commentary:\n  strengths:\n    - \"=HYPERLINK(\\\"http://x\\\") {Script}\"",
                    StringComparison.Ordinal
                )
        );
        var evaluation = Testing.Scoring.Evaluate(Fixture.Seeds, folder);
        Assert.False(evaluation.Failed, string.Join("\n", evaluation.Findings));
        var (report, error) = RenderedReport.Render(evaluation.Score!, Fixture.Templates);
        Assert.Null(error);
        return report!;
    }

    private static readonly RenderedReport Report = RenderHostile();

    [Fact]
    public void Html_shows_markup_from_evidence_as_text()
    {
        Assert.DoesNotContain("<script>", Report.Html);
        Assert.DoesNotContain("<img", Report.Html);
        Assert.Contains("&lt;script&gt;alert(", Report.Html);
    }

    [Fact]
    public void Markdown_neutralises_markup_from_evidence()
    {
        Assert.DoesNotContain("<script>", Report.Markdown);
        Assert.Contains("&lt;script&gt;", Report.Markdown);
    }

    [Fact]
    public void Template_code_in_evidence_is_shown_not_evaluated()
    {
        Assert.Contains("{{ organisation }}", Report.Markdown);
        Assert.DoesNotContain("looploop", Report.Markdown);
        Assert.Contains("{{ for x in gaps }}loop{{ end }}", Report.Html);
        Assert.Contains("{{ include 'report.css' }}", Report.Html);
    }

    [Fact]
    public void Csv_cells_cannot_start_a_formula()
    {
        Assert.Equal("'=SUM(A1)", Csv.Cell("=SUM(A1)"));
        Assert.Equal("\"'=A1,B1\"", Csv.Cell("=A1,B1"));
        Assert.Equal("'@cmd", Csv.Cell("@cmd"));
        Assert.Equal("-0.5", Csv.Cell("-0.5"));
        Assert.Equal("\"say \"\"hi\"\"\"", Csv.Cell("say \"hi\""));
        Assert.DoesNotContain("\n=", Report.Csv);
        Assert.DoesNotContain(",=", Report.Csv);
    }
}
