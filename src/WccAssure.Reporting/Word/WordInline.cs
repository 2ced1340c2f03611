using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WccAssure.Reporting.Word;

/// <summary>
/// Turns the safe HTML a <see cref="View.NoteView"/> carries (Markdig's output: emphasis, code, links, paragraphs,
/// lists) into Word runs. Emphasis and code keep their look; a link keeps its text; paragraphs and list items become
/// line breaks inside the one paragraph a note fills, so a rationale stays in its table cell or list item.
/// </summary>
internal static partial class WordInline
{
    public static IEnumerable<OpenXmlElement> Runs(string html)
    {
        var bold = 0;
        var italic = 0;
        var code = 0;
        var started = false;
        var lists = new Stack<int>(); // per open list: 0 for bullets, else the next item's number
        foreach (Match token in Token().Matches(html))
        {
            if (token.Groups["text"].Success)
            {
                // A line break between HTML blocks is layout, and one inside a paragraph a soft break: a space.
                var text = WebUtility.HtmlDecode(token.Value);
                text =
                    string.IsNullOrWhiteSpace(text) && text.Contains('\n', StringComparison.Ordinal)
                        ? ""
                        : text.Replace('\n', ' ');
                if (text.Length > 0)
                {
                    started = true;
                    foreach (var run in Text(text, bold > 0, italic > 0, code > 0))
                    {
                        yield return run;
                    }
                }

                continue;
            }

            var closing = token.Groups["close"].Value.Length > 0;
            var step = closing ? -1 : 1;
            switch (token.Groups["tag"].Value.ToLowerInvariant())
            {
                case "strong" or "b":
                    bold = Math.Max(0, bold + step);
                    break;
                case "em" or "i":
                    italic = Math.Max(0, italic + step);
                    break;
                case "code":
                    code = Math.Max(0, code + step);
                    break;
                case "br":
                    yield return new Run(new Break());
                    break;
                case "ul" or "ol" when !closing:
                    lists.Push(token.Groups["tag"].Value == "ol" ? 1 : 0);
                    break;
                case "ul" or "ol" when lists.Count > 0:
                    lists.Pop();
                    break;
                case "li" when !closing:
                    if (started)
                    {
                        yield return new Run(new Break());
                    }

                    started = true;
                    var number = lists.Count > 0 ? lists.Pop() : 0;
                    lists.Push(number == 0 ? 0 : number + 1);
                    yield return Plain(
                        number == 0 ? "• " : $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}. "
                    );
                    break;
                case "p"
                or "blockquote"
                or "pre"
                or "h1"
                or "h2"
                or "h3"
                or "h4"
                or "h5"
                or "h6" when !closing && started:
                    yield return new Run(new Break());
                    break;
            }
        }
    }

    /// <summary>
    /// Plain text as runs: a line break in the text is a Word break, not a character Word would drop.
    /// </summary>
    public static IEnumerable<Run> Text(string text, bool bold = false, bool italic = false, bool code = false)
    {
        var lines = WordText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold || italic || code)
            {
                run.RunProperties = Look(bold, italic, code);
            }

            if (i > 0)
            {
                run.Append(new Break());
            }

            // A tab inside w:t is not a tab to Word: it is its own element.
            var cells = lines[i].Split('\t');
            for (var j = 0; j < cells.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (cells[j].Length > 0)
                {
                    run.Append(new Text(cells[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            yield return run;
        }
    }

    /// <summary>Run properties in the order the schema wants them: fonts, then bold, then italic.</summary>
    public static RunProperties Look(bool bold, bool italic, bool code = false)
    {
        var look = new RunProperties();
        if (code)
        {
            look.Append(new RunFonts { Ascii = WordStyles.MonoFont, HighAnsi = WordStyles.MonoFont });
        }

        if (bold)
        {
            look.Append(new Bold());
        }

        if (italic)
        {
            look.Append(new Italic());
        }

        return look;
    }

    /// <summary>Text as one run: a line break in it becomes a space (a label, a footer, a short value).</summary>
    public static Run Plain(string text) => Text(text.Replace('\r', ' ').Replace('\n', ' ')).Single();

    [GeneratedRegex(@"<(?<close>/?)(?<tag>[a-zA-Z][a-zA-Z0-9]*)[^>]*>|(?<text>[^<]+)")]
    private static partial Regex Token();
}
