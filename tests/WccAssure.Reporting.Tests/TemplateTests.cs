using System.Diagnostics;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// Strict Scriban templates: a typo, a parse error or a runaway template fails, named by file, line and column.
/// </summary>
public class TemplateTests
{
    private const string Heading = "<h1>{{ organisation }}</h1>";

    private static string CopyTemplates(Func<string, string> editHtml)
    {
        var directory = Fixture.TempDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(Fixture.Root, "templates")))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var html = Path.Combine(directory, ReportTemplates.HtmlTemplate);
        var text = File.ReadAllText(html);
        Assert.Contains(Heading, text);
        File.WriteAllText(html, editHtml(text));
        return directory;
    }

    /// <summary>Where a word first occurs in the copied HTML template, counted from 1 as editors do.</summary>
    private static (int Line, int Column) Find(string directory, string word)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, ReportTemplates.HtmlTemplate));
        var line = Array.FindIndex(lines, l => l.Contains(word, StringComparison.Ordinal));
        Assert.True(line >= 0, word);
        return (line + 1, lines[line].IndexOf(word, StringComparison.Ordinal) + 1);
    }

    private static TemplateError RenderError(string directory, TemplateLimits? limits = null)
    {
        var (templates, errors) = ReportTemplates.Load(directory, limits ?? TemplateLimits.Default);
        Assert.Empty(errors);
        var (report, error) = RenderedReport.Render(Fixture.Score("assessments/trafford/2008-09"), templates!);
        Assert.Null(report);
        Assert.NotNull(error);
        Assert.EndsWith(ReportTemplates.HtmlTemplate, error.File);
        return error;
    }

    [Fact]
    public void An_undefined_variable_names_its_line_and_column()
    {
        var directory = CopyTemplates(t => t.Replace(Heading, "<h1>{{ organisaton }}</h1>", StringComparison.Ordinal));
        var error = RenderError(directory);
        Assert.Equal(Find(directory, "organisaton"), (error.Line, error.Column));
        Assert.Contains("organisaton", error.Message);
        Assert.StartsWith($"{error.File}:{error.Line}:{error.Column}: error: ", error.ToString());
    }

    [Fact]
    public void A_misspelt_member_is_an_error_not_an_empty_string()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ organisation }}</h1><p>{{ scorecard.legnd }}</p>", StringComparison.Ordinal)
        );
        var error = RenderError(directory);
        Assert.Equal(Find(directory, "legnd"), (error.Line, error.Column));
        Assert.Contains("legnd", error.Message);
    }

    [Fact]
    public void A_template_that_does_not_parse_names_its_line_and_column()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ organisation + }}</h1>", StringComparison.Ordinal)
        );
        var (templates, errors) = ReportTemplates.Load(directory);
        Assert.Null(templates);
        var error = errors[0];
        Assert.EndsWith(ReportTemplates.HtmlTemplate, error.File);
        var (line, column) = Find(directory, "+ }}");
        Assert.Equal(line, error.Line);

        // Scriban reports the token where the expression was expected: the closing braces after the '+'.
        Assert.Equal(column + 2, error.Column);
    }

    [Fact]
    public void A_missing_template_is_reported()
    {
        var directory = Fixture.TempDirectory();
        var (templates, errors) = ReportTemplates.Load(directory);
        Assert.Null(templates);
        Assert.Equal(5, errors.Count); // the report in HTML and Markdown, the pack, and the provenance annex in both
        Assert.All(errors, e => Assert.Equal("template not found", e.Message));
    }

    [Fact]
    public void A_partial_in_the_templates_folder_is_included()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ include 'heading.sbn' }}</h1>", StringComparison.Ordinal)
        );
        File.WriteAllText(Path.Combine(directory, "heading.sbn"), "Included: {{ organisation }}");
        var (templates, _) = ReportTemplates.Load(directory);
        var (report, error) = RenderedReport.Render(Fixture.Score("assessments/trafford/2008-09"), templates!);
        Assert.Null(error);
        Assert.Contains("<h1>Included: Trafford", report!.Html);
    }

    [Theory]
    [InlineData("../outside.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../outside.sbn")]
    public void A_partial_outside_the_templates_folder_is_refused(string name)
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, $"<h1>{{{{ include '{name}' }}}}</h1>", StringComparison.Ordinal)
        );
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(directory)!, "outside.sbn"), "SECRET");
        var error = RenderError(directory);
        Assert.Equal(Find(directory, $"include '{name}'").Line, error.Line);
        Assert.Contains("outside the templates folder", error.Message);
    }

    [Fact]
    public void A_partial_linked_to_a_file_outside_is_refused()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ include 'link.sbn' }}</h1>", StringComparison.Ordinal)
        );
        var outside = Path.Combine(Fixture.TempDirectory(), "secret.sbn");
        File.WriteAllText(outside, "SECRET");
        File.CreateSymbolicLink(Path.Combine(directory, "link.sbn"), outside);
        var error = RenderError(directory);
        Assert.Contains("outside the templates folder", error.Message);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_depth_limit()
    {
        var directory = CopyTemplates(t =>
            t.Replace(
                Heading,
                "<h1>{{ func deeper(n); ret deeper(n + 1); end; deeper(0) }}</h1>",
                StringComparison.Ordinal
            )
        );
        var error = Timed(() => RenderError(directory));
        Assert.Equal(Find(directory, "deeper(n + 1)").Line, error.Line);
        Assert.Contains("recursive", error.Message);
    }

    [Fact]
    public void A_string_doubled_until_it_is_huge_fails_at_the_character_limit()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ s = 'ab'\nfor i in 1..60\n  s = s + s\nend\ns }}</h1>", StringComparison.Ordinal)
        );
        var error = Timed(() => RenderError(directory));
        Assert.Equal(Find(directory, "s = s + s").Line, error.Line);
        Assert.Contains("characters", error.Message);
    }

    [Fact]
    public void Output_beyond_the_character_limit_is_an_error_not_a_silent_cut()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ for i in 1..100000 }}0123456789{{ end }}</h1>", StringComparison.Ordinal)
        );
        var error = Timed(() => RenderError(directory, TemplateLimits.Default with { Characters = 200_000 }));
        Assert.Equal(Find(directory, "0123456789").Line, error.Line);
        Assert.Contains("output is longer than", error.Message);
    }

    [Fact]
    public void Captured_text_beyond_the_character_limit_is_an_error_not_a_silent_cut()
    {
        // Scriban counts captured text towards its output limit and would silently drop everything after it.
        var code =
            "{{ capture big }}{{ for i in 1..15000 }}0123456789{{ end }}{{ end }}{{ capture more }}{{ for i in "
            + "1..15000 }}0123456789{{ end }}{{ end }}";
        var directory = CopyTemplates(t =>
            t.Replace(Heading, $"<h1>{code}{{{{ organisation }}}}</h1>", StringComparison.Ordinal)
        );
        var error = Timed(() => RenderError(directory, TemplateLimits.Default with { Characters = 200_000 }));
        Assert.Contains("longer than 200,000 characters", error.Message);
    }

    [Fact]
    public void A_long_loop_stops_at_the_loop_limit()
    {
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ for i in 1..1000000000 }}{{ end }}</h1>", StringComparison.Ordinal)
        );
        var error = Timed(() => RenderError(directory));
        Assert.Equal(Find(directory, "1..1000000000").Line, error.Line);
        Assert.Contains("LoopLimit", error.Message);
    }

    [Fact]
    public void A_slow_template_stops_at_its_time_budget()
    {
        // Within the loop limit but slow: only the time budget can stop it.
        var directory = CopyTemplates(t =>
            t.Replace(Heading, "<h1>{{ for i in 1..100000000\n  x = i * 2\nend }}</h1>", StringComparison.Ordinal)
        );
        var error = Timed(() =>
            RenderError(directory, TemplateLimits.Default with { LoopSteps = 0, Time = TimeSpan.FromSeconds(1) })
        );
        Assert.InRange(error.Line, Find(directory, "1..100000000").Line, Find(directory, "x = i * 2").Line);
        Assert.Contains("time budget", error.Message);
    }

    [Fact]
    public void Deeply_nested_template_code_is_a_parse_error_not_a_crash()
    {
        var directory = CopyTemplates(t =>
            t.Replace(
                Heading,
                "<h1>{{ " + new string('(', 20_000) + "1" + new string(')', 20_000) + " }}</h1>",
                StringComparison.Ordinal
            )
        );
        var (templates, errors) = Timed(() => ReportTemplates.Load(directory));
        Assert.Null(templates);
        Assert.Equal(Find(directory, "((((").Line, errors[0].Line);
    }

    [Theory]
    [InlineData("{{ date.now }}", "date")]
    [InlineData("{{ math.random 1 9 }}", "random")]
    [InlineData("{{ string.shout = 1 }}", "readonly")]
    public void Templates_cannot_read_the_clock_draw_random_numbers_or_change_the_builtins(string code, string message)
    {
        var directory = CopyTemplates(t => t.Replace(Heading, $"<h1>{code}</h1>", StringComparison.Ordinal));
        var error = RenderError(directory);
        Assert.Equal(Find(directory, code).Line, error.Line);
        Assert.Contains(message, error.Message);
    }

    private static T Timed<T>(Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        return result;
    }
}
