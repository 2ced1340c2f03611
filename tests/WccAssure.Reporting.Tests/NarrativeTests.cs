using Markdig;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

public class NarrativeTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    [Theory]
    [InlineData("The PCT delivered a surplus of £4.7m in 2008/09.")]
    [InlineData("Respondents \"somewhat agree\" (score of 4.14 out of 6); the PCT's view differs.")]
    [InlineData("Trajectory — slipped by 6 months, e.g. the urgent care hub.")]
    [InlineData("A sentence with trailing space   ")]
    public void Plain_sentences_skip_markdig_with_the_same_result(string text)
    {
        var expected = Markdown.ToHtml(text, Pipeline).Trim();
        Assert.Equal(expected, "<p>" + Narrative.Html(text) + "</p>");
    }

    [Theory]
    [InlineData("Some **bold** text", "<strong>bold</strong>")]
    [InlineData("A <b>tag</b> stays text", "&lt;b&gt;tag&lt;/b&gt;")]
    [InlineData("- one\n- two", "<li>one</li>")]
    [InlineData("See https://example.org now", "<a href=\"https://example.org\">")]
    public void Markdown_still_goes_through_markdig_with_raw_html_disabled(string text, string expected) =>
        Assert.Contains(expected, Narrative.Html(text));

    [Theory]
    [InlineData("[minutes](javascript:alert(document.domain))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](JavaScript:void(0))")]
    public void Links_with_unsafe_targets_are_emptied(string text)
    {
        var html = Narrative.Html(text);
        Assert.Contains("href=\"\"", html);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html);
    }

    [Fact]
    public void Images_become_links_so_a_report_never_loads_anything()
    {
        var html = Narrative.Html("![chart](https://example.org/x.png)");
        Assert.DoesNotContain("<img", html);
        Assert.Contains("<a href=\"https://example.org/x.png\">chart</a>", html);
    }
}
