using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Core.Text;

namespace WccAssure.Reporting.Word;

/// <summary>Paragraphs of the report: headings, body text, legends, bullets; every text made safe for XML.</summary>
internal static class WordText
{
    /// <summary>
    /// Author text as a report shows it (control and directional characters visible as escapes), and without the
    /// few characters XML cannot hold at all, which would stop the whole document from being written.
    /// </summary>
    public static string Clean(string text)
    {
        var visible = VisibleText.ForReport(text);
        if (!visible.Any(c => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
        {
            return visible;
        }

        var safe = new StringBuilder(visible.Length);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            if (char.IsHighSurrogate(c) && i + 1 < visible.Length && char.IsLowSurrogate(visible[i + 1]))
            {
                safe.Append(c).Append(visible[++i]);
            }
            else if (!char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                safe.Append(c);
            }
            else
            {
                safe.Append('\uFFFD');
            }
        }

        return safe.ToString();
    }

    public static Paragraph Styled(string style, IEnumerable<OpenXmlElement> content, bool pageBreakBefore = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Styled(string style, string text) => Styled(style, WordInline.Text(text));

    public static Paragraph Heading(int level, string text, bool pageBreakBefore = false) =>
        Heading(level, WordInline.Text(text), pageBreakBefore);

    public static Paragraph Heading(int level, IEnumerable<OpenXmlElement> content, bool pageBreakBefore = false) =>
        Styled(
            level switch
            {
                1 => WordStyles.Heading1,
                2 => WordStyles.Heading2,
                _ => WordStyles.Heading3,
            },
            content,
            pageBreakBefore
        );

    public static Paragraph Body(string text) => Styled("Normal", text);

    public static Paragraph Body(IEnumerable<OpenXmlElement> content) => Styled("Normal", content);

    public static Paragraph Legend(string text) => Styled(WordStyles.Legend, text);

    public static Paragraph Bullet(IEnumerable<OpenXmlElement> content) => Styled(WordStyles.ListBullet, content);

    /// <summary>
    /// A numbered item whose number is part of the text ("a. …"), as the panel's report letters its measures.
    /// </summary>
    public static Paragraph Numbered(string number, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = Styled("Normal", [WordInline.Plain($"{number}\t"), .. content]);
        paragraph.ParagraphProperties!.Append(
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = 360 }),
            new Indentation { Left = "360", Hanging = "360" }
        );
        return paragraph;
    }

    public static Run Muted(string text)
    {
        var run = WordInline.Plain(text);
        run.RunProperties = new RunProperties(new Italic(), new Color { Val = "52606D" });
        return run;
    }

    public static Run Bold(string text)
    {
        var run = WordInline.Plain(text);
        run.RunProperties = new RunProperties(new Bold());
        return run;
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
