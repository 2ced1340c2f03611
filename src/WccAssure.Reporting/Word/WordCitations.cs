using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The issued panel edition prints no line citations of the source's text conversion ("L332"); a provenance note
/// written for authors holds them ("the panel glyph was lost (L332)"), so the footnotes of that edition print the
/// reason without them: "(empty cells at L332)" reads "(empty cells)", and "(L308, L134)" goes.
/// </summary>
internal static partial class WordCitations
{
    public static string Strip(string text)
    {
        var bare = Citation().Replace(text, "");
        bare = EmptyParentheses().Replace(bare, "");
        return OpenedSeparator().Replace(bare, "(");
    }

    [GeneratedRegex(@"(?:,\s*|\s+at\s+)?\bL\d+(?:[-–]L?\d+)?\b")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s*\(\s*[,;]?\s*\)")]
    private static partial Regex EmptyParentheses();

    [GeneratedRegex(@"\(\s*[,;]\s*")]
    private static partial Regex OpenedSeparator();
}
