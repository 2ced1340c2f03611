using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Reporting.View;
using WccAssure.Reporting.Word;

namespace WccAssure.Reporting.Tests.Word;

/// <summary>
/// Narrative Markdown, as the view's safe HTML, becomes Word runs that keep its emphasis, lists and text.
/// </summary>
public class WordInlineTests
{
    private static List<Run> Runs(string markdown) =>
        [.. WordInline.Runs(Narrative.Note(markdown, "").Html).OfType<Run>()];

    private static string Text(IEnumerable<Run> runs) =>
        string.Concat(runs.Select(r => r.Elements<Break>().Any() ? "\n" + r.InnerText : r.InnerText));

    [Fact]
    public void Emphasis_and_code_keep_their_look_and_entities_are_decoded()
    {
        var runs = Runs("plain **bold** _italic_ `code` \"quoted\" & <tag>");
        Assert.Equal("plain bold italic code \"quoted\" & <tag>", Text(runs));
        Assert.NotNull(runs.Single(r => r.InnerText == "bold").RunProperties?.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "italic").RunProperties?.Italic);
        Assert.Equal(
            WordStyles.MonoFont,
            runs.Single(r => r.InnerText == "code").RunProperties?.RunFonts?.Ascii?.Value
        );
        Assert.Null(runs.First().RunProperties);
    }

    [Fact]
    public void Paragraphs_and_list_items_become_lines_of_one_paragraph_with_bullets_or_numbers()
    {
        Assert.Equal("first\nsecond", Text(Runs("first\n\nsecond")));
        Assert.Equal("• one\n• two", Text(Runs("- one\n- two")));
        Assert.Equal("intro\n1. one\n2. two", Text(Runs("intro\n\n1. one\n2. two")));
    }

    [Fact]
    public void A_link_keeps_its_text_and_a_tab_is_a_word_tab()
    {
        Assert.Equal("see the plan", Text(Runs("see [the plan](https://example.org)")));
        var tabbed = WordInline.Text("a\tb").Single();
        Assert.Single(tabbed.Elements<TabChar>());
        Assert.Equal(["a", "b"], tabbed.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
    }
}
