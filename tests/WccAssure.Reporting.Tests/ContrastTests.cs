using System.Globalization;
using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// WCAG 2.1 AA: every text colour in the stylesheet and the report's pictures reaches 4.5:1 on every background
/// it can sit on. The pairs are read from the CSS and the rendered SVG, not listed by hand, so a new colour is
/// checked as soon as it is used.
/// </summary>
public partial class ContrastTests
{
    private const double AA = 4.5;

    private static readonly string Css = File.ReadAllText(Path.Combine(Fixture.Root, "templates", "report.css"));

    [Fact]
    public void The_contrast_formula_matches_known_pairs()
    {
        Assert.Equal(21, Ratio("#000000", "#ffffff"), 1);
        Assert.Equal(2.32, Ratio("#ffffff", "#e69b00"), 2);
        Assert.InRange(Ratio("#ffffff", "#2e8b57"), 4.0, 4.4);
    }

    [Fact]
    public void Every_text_and_background_pair_in_the_stylesheet_meets_AA()
    {
        var rules = Rules(Css).ToList();
        var ink = rules.First(r => r.Selector == "body").Colour!;
        var backgrounds = rules.Where(r => r.Background is not null).ToList();
        Assert.NotEmpty(backgrounds);
        var failures = new List<string>();

        // Text on a coloured background: the rule's own colour, else its base class's (".rag" for ".rag.red"), else
        // body ink.
        foreach (var rule in backgrounds)
        {
            var text = rule.Colour ?? BaseColour(rules, rule.Selector) ?? ink;
            Check(failures, rule.Selector, text, rule.Background!);
        }

        // Text colours without a background of their own: on the page and the panels text sits on (table heads,
        // the synthetic banner); text inside table cells (a "td …" selector) also on every cell background.
        // A base rule such as ".rag" only ever carries its coloured variants' backgrounds, checked above.
        var panels = backgrounds
            .Where(b => b.Selector is "th" or ".banner")
            .Select(b => b.Background!)
            .Append("#ffffff")
            .Distinct()
            .ToList();
        var cells = backgrounds
            .Where(b => b.Selector.StartsWith("td", StringComparison.Ordinal))
            .Select(b => b.Background!)
            .Distinct()
            .ToList();
        var bases = backgrounds
            .Select(b => CompoundBase().Match(b.Selector).Value)
            .Where(v => v.Length > 0)
            .ToHashSet();
        foreach (
            var rule in rules.Where(r => r.Colour is not null && r.Background is null && !bases.Contains(r.Selector))
        )
        {
            var surfaces = rule.Selector.StartsWith("td", StringComparison.Ordinal) ? panels.Concat(cells) : panels;
            foreach (var surface in surfaces)
            {
                Check(failures, $"{rule.Selector} on {surface}", rule.Colour!, surface);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_text_in_the_report_pictures_meets_AA()
    {
        var html = Fixture.Render("assessments/south-staffordshire/2009-10").Html;
        var failures = new List<string>();
        var tiles = TileText().Matches(html);
        Assert.NotEmpty(tiles);
        foreach (Match tile in tiles)
        {
            Check(failures, $"tile {tile.Groups["class"].Value}", tile.Groups["text"].Value, tile.Groups["fill"].Value);
        }

        foreach (Match text in SvgText().Matches(html))
        {
            // Tile labels were checked on their tile; the rest of the picture is on white or the pale row band.
            if (text.Groups["fill"].Value is not ("#fff" or "#ffffff"))
            {
                Check(failures, "picture text", text.Groups["fill"].Value, "#ffffff");
                Check(failures, "picture text on a row band", text.Groups["fill"].Value, "#f5f7fa");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(List<string> failures, string where, string text, string background)
    {
        var ratio = Ratio(text, background);
        if (ratio < AA)
        {
            failures.Add(
                $"{where}: {text} on {background} is {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1, below "
                    + $"{AA}:1"
            );
        }
    }

    private static string? BaseColour(List<CssRule> rules, string selector)
    {
        var first = CompoundBase().Match(selector.Trim());
        return first.Success
            ? rules.FirstOrDefault(r => r.Selector == first.Value && r.Colour is not null)?.Colour
            : null;
    }

    private sealed record CssRule(string Selector, string? Colour, string? Background);

    /// <summary>
    /// Rules as (selector, colour, background), with var(--x) resolved and @page margin boxes on white.
    /// </summary>
    private static IEnumerable<CssRule> Rules(string css)
    {
        css = Comment().Replace(css, "");
        var variables = Variable().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        string? Resolve(string? value) =>
            value is null
                ? null
                : VarUse().Replace(value, m => variables.GetValueOrDefault(m.Groups[1].Value, m.Value)).Trim();
        foreach (Match rule in Rule().Matches(css))
        {
            var body = rule.Groups["body"].Value;
            var colour = Resolve(Declaration(body, "color"));
            var background = Resolve(Declaration(body, "background-color") ?? Declaration(body, "background"));
            colour = IsColour(colour) ? Normalise(colour!) : null;
            background = IsColour(background) ? Normalise(background!) : null;
            if (colour is not null || background is not null)
            {
                foreach (
                    var selector in rule.Groups["selector"]
                        .Value.Split(',')
                        .Select(s => s.Trim())
                        .Where(s => s.Length > 0 && !s.StartsWith(':'))
                )
                {
                    yield return new CssRule(
                        selector.Replace("@page ", "", StringComparison.Ordinal),
                        colour,
                        background
                    );
                }
            }
        }
    }

    private static string? Declaration(string body, string property)
    {
        var match = Regex.Match(body, $@"(?:^|[;\s{{]){Regex.Escape(property)}\s*:\s*([^;}}]+)");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsColour(string? value) => value is not null && HexColour().IsMatch(value.Trim());

    private static string Normalise(string hex)
    {
        hex = hex.Trim().TrimStart('#').ToLowerInvariant();
        return "#" + (hex.Length == 3 ? string.Concat(hex.Select(c => $"{c}{c}")) : hex);
    }

    /// <summary>WCAG 2.1 contrast ratio of two sRGB colours.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string colour)
    {
        var hex = Normalise(colour)[1..];
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(--[\w-]+)\s*:\s*([^;}]+)")]
    private static partial Regex Variable();

    [GeneratedRegex(@"var\((--[\w-]+)\)")]
    private static partial Regex VarUse();

    // Innermost blocks: a selector (or an @page margin box such as @bottom-center) and its declarations.
    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();

    [GeneratedRegex(@"^[a-z]*\.[\w-]+")]
    private static partial Regex CompoundBase();

    [GeneratedRegex(
        @"<rect class=""rag-(?<class>\w+)""[^>]*fill=""(?<fill>#[0-9a-fA-F]{3,6})""[^>]*>"
            + @"(?:<title>[^<]*</title></rect>)?(?:</rect>)?<text[^>]*fill=""(?<text>#[0-9a-fA-F]{3,6})"""
    )]
    private static partial Regex TileText();

    [GeneratedRegex(@"<text[^>]*fill=""(?<fill>#[0-9a-fA-F]{3,6})""")]
    private static partial Regex SvgText();
}
