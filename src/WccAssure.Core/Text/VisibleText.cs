using System.Globalization;
using System.Text;

namespace WccAssure.Core.Text;

/// <summary>
/// Makes characters that act on a terminal or viewer, or that cannot be seen, visible as escapes such as
/// <c>\n</c> or <c>\u200B</c>. Author text can carry them through YAML escapes ("\e[31m", "\u202E"); printed raw,
/// a newline in a key forges a second finding line, an escape sequence recolours the terminal, a right-to-left
/// override reverses the citation printed after it, and a zero-width space makes "plan" and "plan\u200B" look alike.
/// </summary>
public static partial class VisibleText
{
    /// <summary>
    /// For one-line messages: every control character, line break, directional control and invisible character.
    /// </summary>
    public static string ForMessage(string text) => Escape(text, IsHiddenInMessage);

    /// <summary>
    /// For report text: control characters and directional embeddings, overrides and isolates; tabs and line breaks
    /// stay (Markdown needs them), and so do characters such as the zero-width joiner that real scripts use.
    /// </summary>
    public static string ForReport(string text) => Escape(text, IsHiddenInReport);

    /// <summary>
    /// A value echoed in a message: never longer than a short phrase, so a message stays one readable line.
    /// </summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";

    /// <summary>
    /// A path as a finding's location shows it: whole up to 1,024 characters (no real path comes near), else its
    /// ends around the count, so a value of thousands of characters given as a path is never echoed whole.
    /// </summary>
    public static string ShortenPath(string path) =>
        path.Length <= 1024 ? path : $"{path[..60]}…({path.Length:N0} characters)…{path[^60..]}";

    /// <summary>
    /// A message with every quoted run of over 1,024 characters (a path .NET's own errors quote) shortened.
    /// </summary>
    public static string ShortenQuoted(string message) =>
        message.Length <= 1024 ? message : LongQuote().Replace(message, m => $"'{ShortenPath(m.Groups[1].Value)}'");

    [System.Text.RegularExpressions.GeneratedRegex("'([^']{1025,})'")]
    private static partial System.Text.RegularExpressions.Regex LongQuote();

    /// <summary>Whether <see cref="ForMessage"/> escapes <paramref name="c"/>.</summary>
    public static bool IsHiddenInMessage(char c) =>
        char.IsControl(c)
        || IsDirectional(c)
        || c
            is '\u00AD'
                or '\u180E'
                or (>= '\u200B' and <= '\u200D')
                or '\u2028'
                or '\u2029'
                or (>= '\u2060' and <= '\u2064')
                or '\uFEFF';

    /// <summary>Whether <see cref="ForReport"/> escapes <paramref name="c"/>.</summary>
    public static bool IsHiddenInReport(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || IsDirectional(c)
        || c is '\u2028' or '\u2029' or '\uFEFF';

    /// <summary>
    /// Embeddings, overrides and isolates change the order of the text after them; the plain marks do not.
    /// </summary>
    private static bool IsDirectional(char c) =>
        c is '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool AnyHidden(ReadOnlySpan<char> text, Func<char, bool> hidden)
    {
        foreach (var c in text)
        {
            if (hidden(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string text, Func<char, bool> hidden)
    {
        var first = text.AsSpan().IndexOfAnyExcept(SearchValuesOfPrintableAscii);
        if (first < 0 || !AnyHidden(text.AsSpan(first), hidden))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!hidden(c))
            {
                result.Append(c);
                continue;
            }

            result.Append(
                c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\0' => "\\0",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                }
            );
        }

        return result.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> SearchValuesOfPrintableAscii =
        System.Buffers.SearchValues.Create(Enumerable.Range(0x20, 0x7F - 0x20).Select(i => (char)i).ToArray());
}
