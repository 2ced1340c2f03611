using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// A font already on a page that can show the digits 0-9: a composite font (Identity-H, as Chromium embeds them)
/// whose subset holds every digit, found through its ToUnicode map and its widths. Writing the contents' numbers in
/// the same font as the entries they follow means no font is added and the text reads back as the digits.
/// </summary>
internal sealed partial record PdfDigitFont(string Resource, IReadOnlyDictionary<char, int> Glyphs)
{
    /// <summary>The hex string that shows <paramref name="digits"/> in this font.</summary>
    public string Show(string digits) =>
        "<" + string.Concat(digits.Select(d => Glyphs[d].ToString("X4", CultureInfo.InvariantCulture))) + "> Tj";

    /// <summary>
    /// The page's font <paramref name="preferred"/> when it holds all ten digits (the contents list's numbers put
    /// them in the subset), else an upright regular one that does, else a bold or italic one; null when none does.
    /// </summary>
    public static PdfDigitFont? Find(PdfFile file, PdfDictionary page, string? preferred)
    {
        var fonts = file.Resolve(file.Dictionary(page["Resources"])["Font"]) as PdfDictionary;
        var found = new List<(bool Regular, PdfDigitFont Font)>();
        foreach (var (resource, value) in fonts?.Entries ?? [])
        {
            var font = file.Dictionary(value);
            if (
                font["Subtype"] is not PdfName { Value: "Type0" }
                || font["Encoding"] is not PdfName { Value: "Identity-H" }
                || font["ToUnicode"] is not { } map
                || font["BaseFont"] is not PdfName name
            )
            {
                continue;
            }

            var glyphs = Digits(Encoding.Latin1.GetString(file.StreamBytes(file.Dictionary(map))));
            if (glyphs.Count == 10 && HasWidths(file, font, glyphs.Values))
            {
                found.Add((!Styled().IsMatch(name.Value), new PdfDigitFont(resource, glyphs)));
            }
        }

        return found
            .OrderByDescending(f => f.Font.Resource == preferred)
            .ThenByDescending(f => f.Regular)
            .Select(f => f.Font)
            .FirstOrDefault();
    }

    /// <summary>
    /// The code of each digit in a ToUnicode CMap's bfchar and bfrange sections (ISO 32000-1, 9.10.3).
    /// </summary>
    private static Dictionary<char, int> Digits(string cmap)
    {
        var digits = new Dictionary<char, int>();
        void Map(int code, int unicode)
        {
            if (unicode is >= '0' and <= '9')
            {
                digits.TryAdd((char)unicode, code);
            }
        }

        foreach (Match section in Section().Matches(cmap))
        {
            var hex = Hex()
                .Matches(section.Groups["body"].Value)
                .Select(m => int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                .ToList();
            if (section.Groups["kind"].Value == "char")
            {
                for (var i = 0; i + 1 < hex.Count; i += 2)
                {
                    Map(hex[i], hex[i + 1]);
                }
            }
            else
            {
                foreach (Match range in Range().Matches(section.Groups["body"].Value))
                {
                    var (low, high, first) = (Int(range, "low"), Int(range, "high"), Int(range, "first"));
                    for (var code = low; code <= high && high - low < 65536; code++)
                    {
                        Map(code, first + code - low);
                    }
                }
            }
        }

        return digits;
    }

    private static int Int(Match m, string group) =>
        int.Parse(m.Groups[group].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>A glyph without a width in the descendant font's /W array was not kept in the subset.</summary>
    private static bool HasWidths(PdfFile file, PdfDictionary font, IEnumerable<int> glyphs)
    {
        var descendant = file.Resolve(font["DescendantFonts"]) is PdfArray { Items: [var first, ..] }
            ? file.Dictionary(first)
            : null;
        if (descendant is null || file.Resolve(descendant["W"]) is not PdfArray widths)
        {
            return false;
        }

        var covered = new HashSet<int>();
        var items = widths.Items.Select(file.Resolve).ToList();
        for (var i = 0; i + 1 < items.Count; )
        {
            var start = (int)(((PdfToken)items[i]).Number ?? 0);
            if (items[i + 1] is PdfArray each)
            {
                covered.UnionWith(Enumerable.Range(start, each.Items.Count));
                i += 2;
            }
            else if (i + 2 < items.Count)
            {
                var end = (int)(((PdfToken)items[i + 1]).Number ?? 0);
                covered.UnionWith(Enumerable.Range(start, Math.Max(0, end - start + 1)));
                i += 3;
            }
            else
            {
                break;
            }
        }

        return glyphs.All(covered.Contains);
    }

    [GeneratedRegex(
        @"begin(?<kind>bfchar|bfrange)(?<body>.*?)endbf(?:char|range)",
        RegexOptions.Singleline | RegexOptions.CultureInvariant
    )]
    private static partial Regex Section();

    [GeneratedRegex(@"<([0-9A-Fa-f]{1,8})>", RegexOptions.CultureInvariant)]
    private static partial Regex Hex();

    /// <summary>
    /// A range to one starting code; ranges to an array of codes ([…]) never map digits in Chromium's fonts and are
    /// skipped.
    /// </summary>
    [GeneratedRegex(
        @"<(?<low>[0-9A-Fa-f]{1,8})>\s*<(?<high>[0-9A-Fa-f]{1,8})>\s*<(?<first>[0-9A-Fa-f]{1,8})>",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Range();

    [GeneratedRegex("Bold|Italic|Oblique|Black|Heavy", RegexOptions.CultureInvariant)]
    private static partial Regex Styled();
}
