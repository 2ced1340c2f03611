using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>Strict templates: a typo fails and names the template file and line.</summary>
public class TemplateTests
{
    private static string CopyTemplates(Func<string, string> editHtml)
    {
        var directory = Fixture.TempDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(Fixture.Root, "templates")))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var html = Path.Combine(directory, ReportTemplates.HtmlTemplate);
        File.WriteAllText(html, editHtml(File.ReadAllText(html)));
        return directory;
    }

    [Fact]
    public void A_misspelt_variable_names_the_file_and_line()
    {
        var directory = CopyTemplates(t => t.Replace("<h1>{{ Organisation }}</h1>", "<h1>{{ Organisaton }}</h1>", StringComparison.Ordinal));
        var templates = ReportTemplates.Load(directory).Templates!;
        var (report, error) = RenderedReport.Render(Fixture.Score("assessments/trafford/2008-09"), templates);
        Assert.Null(report);
        Assert.NotNull(error);
        Assert.EndsWith("report.html.liquid", error.File);
        var expectedLine = File.ReadAllLines(Path.Combine(directory, ReportTemplates.HtmlTemplate)).ToList().FindIndex(l => l.Contains("Organisaton", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains("Organisaton", error.Message);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_with_its_line()
    {
        var directory = CopyTemplates(t => t.Replace("{% endfor %}</ul>\n{% endif %}", "{% endfor %}</ul>\n{% endiff %}", StringComparison.Ordinal));
        var (templates, errors) = ReportTemplates.Load(directory);
        Assert.Null(templates);
        var error = Assert.Single(errors);
        Assert.EndsWith("report.html.liquid", error.File);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void A_missing_template_is_reported()
    {
        var directory = Fixture.TempDirectory();
        var (templates, errors) = ReportTemplates.Load(directory);
        Assert.Null(templates);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("template not found", e.Message));
    }
}
