using System.Globalization;
using System.Text;
using WccAssure.Core.Text;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// The one set of rules for author text written into the Markdown report, used by the template encoder and by
/// narrative text alike. Angle brackets and ampersands become entities, so no viewer runs HTML or follows an
/// autolink; square brackets are escaped, so no text becomes a link, an image or a link definition (a
/// javascript: or data: target, or a remote image, stays inert); a pipe and a backslash are escaped, so a table
/// row keeps its columns; a line break becomes a space, so a table row or list item stays one line; control and
/// directional characters are shown as escapes, so they cannot act on a terminal or reverse the text after them.
/// </summary>
internal static class MarkdownEscape
{
    /// <summary>What a character becomes, or null when it is written as it is.</summary>
    public static string? For(int scalar) =>
        scalar switch
        {
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '|' => "\\|",
            '\\' => "\\\\",
            '[' => "\\[",
            ']' => "\\]",
            '\n' => " ",
            '\r' => "",
            < 0x10000 when VisibleText.IsHiddenInReport((char)scalar) => "\\u"
                + scalar.ToString("X4", CultureInfo.InvariantCulture),
            _ => null,
        };

    public static bool WillEscape(int scalar) => For(scalar) is not null;

    public static string Text(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (For(c) is { } replacement)
            {
                result.Append(replacement);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString().Trim();
    }
}
