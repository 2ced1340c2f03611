namespace WccAssure.Core.Changes;

/// <summary>
/// The words that differ between two versions of a paragraph, with a few words either side so a reader can find
/// them: a rationale is a paragraph, and "rationale changed" alone would send the reviewer to read both in full.
/// </summary>
internal static class WordExcerpt
{
    private const int Context = 3;
    private const int MostChanged = 12;

    /// <summary>Text compared as a reader sees it: runs of spaces and line breaks are one space.</summary>
    public static string Words(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Both sides' excerpts, or null for a side with no text; equal words give two equal excerpts.</summary>
    public static (string? Before, string? After) Of(string? before, string? after)
    {
        var b = Words(before).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var a = Words(after).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (b.Length == 0 || a.Length == 0)
        {
            return (b.Length == 0 ? null : Short(b), a.Length == 0 ? null : Short(a));
        }

        var prefix = 0;
        while (prefix < b.Length && prefix < a.Length && b[prefix] == a[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < b.Length - prefix && suffix < a.Length - prefix && b[^(suffix + 1)] == a[^(suffix + 1)])
        {
            suffix++;
        }

        return (Around(b, prefix, suffix), Around(a, prefix, suffix));
    }

    /// <summary>A whole item shortened to its first words: enough to tell which one it is.</summary>
    public static string Short(string text) => Short(Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string[] words) =>
        words.Length <= MostChanged ? string.Join(' ', words) : string.Join(' ', words[..MostChanged]) + " …";

    private static string Around(string[] words, int prefix, int suffix)
    {
        var start = Math.Max(0, prefix - Context);
        var end = Math.Min(words.Length, words.Length - suffix + Context);
        var changedEnd = words.Length - suffix;
        var middle =
            changedEnd - prefix > MostChanged
                ? [.. words[start..(prefix + MostChanged)], "…", .. words[changedEnd..end]]
                : words[start..end];
        var text = string.Join(' ', middle);
        return (start > 0 ? "… " : "") + (text.Length == 0 ? "(nothing)" : text) + (end < words.Length ? " …" : "");
    }
}
