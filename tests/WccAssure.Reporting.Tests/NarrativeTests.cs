using Markdig;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

public class NarrativeTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

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
}
