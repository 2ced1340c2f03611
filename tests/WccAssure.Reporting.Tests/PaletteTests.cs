using System.Text.RegularExpressions;
using WccAssure.Core.Model;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The shipped stylesheets draw a rating in the palette's colours, so a picture, a badge and a workbook cell agree.
/// </summary>
public sealed class PaletteTests
{
    private static readonly string ReportCss = File.ReadAllText(Path.Combine(Fixture.Root, "templates", "report.css"));
    private static readonly string ComparePage = File.ReadAllText(
        Path.Combine(Fixture.Root, "templates", "compare.css")
    );

    [Theory]
    [InlineData("--red", Palette.Red)]
    [InlineData("--amber", Palette.Amber)]
    [InlineData("--green", Palette.Green)]
    [InlineData("--ink", Palette.Ink)]
    [InlineData("--muted", Palette.Muted)]
    [InlineData("--line", Palette.Line)]
    [InlineData("--accent", Palette.Accent)]
    public void The_report_stylesheet_variables_are_the_palette_colours(string variable, string colour) =>
        Assert.Equal(
            colour,
            Regex.Match(ReportCss, Regex.Escape(variable) + @":\s*(#[0-9a-fA-F]{6})").Groups[1].Value.ToLowerInvariant()
        );

    [Fact]
    public void Not_rated_badges_use_the_palette_grey() =>
        Assert.Matches(@"\.rag\.none\s*\{\s*background:\s*" + Palette.None, ReportCss);

    [Theory]
    [InlineData(Rag.Red, "red")]
    [InlineData(Rag.Amber, "amber")]
    [InlineData(Rag.Green, "green")]
    public void Cell_fills_in_the_report_and_the_comparison_page_are_the_palette_light_colours(Rag rag, string word)
    {
        Assert.Matches(@"td\." + word + @"\.on\s*\{\s*background:\s*" + Palette.Light(rag), ReportCss);
        Assert.Matches(@"td\." + word + @"[^{]*\{\s*background:\s*" + Palette.Light(rag), ComparePage);
    }

    [Fact]
    public void The_report_stylesheet_ink_level_fill_and_amber_text_are_the_palette_colours()
    {
        Assert.Matches(@"--ink:\s*" + Palette.Ink, ReportCss);
        Assert.Matches(@"td\.level4\.on\s*\{\s*background:\s*" + Palette.LevelLight, ReportCss);
        Assert.Matches(@"\.rag\.amber\s*\{[^}]*color:\s*" + Palette.TextOn(Rag.Amber), ReportCss);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_comparison_page_heatmap_steps_are_the_palette_scale(int level)
    {
        var rule = Regex.Match(
            ComparePage,
            @"\.level" + level + @"\s*\{\s*background:\s*(#[0-9a-fA-F]+);\s*color:\s*(#[0-9a-fA-F]+)"
        );
        Assert.True(rule.Success, $".level{level} has no fill and text colour in compare.css");
        var (fill, text) = Palette.HeatmapLevels[level - 1];
        Assert.Equal(Hex(fill), Hex(rule.Groups[1].Value));
        Assert.Equal(Hex(text), Hex(rule.Groups[2].Value));
    }

    /// <summary>"#fff" and "#FFFFFF" are one colour.</summary>
    private static string Hex(string colour)
    {
        var digits = colour.TrimStart('#').ToLowerInvariant();
        return digits.Length == 3 ? string.Concat(digits.Select(d => $"{d}{d}")) : digits;
    }

    [Fact]
    public void Amber_carries_dark_text_and_the_others_white()
    {
        Assert.Equal(Palette.Ink, Palette.TextOn(Rag.Amber));
        Assert.All(new Rag?[] { Rag.Red, Rag.Green, null }, rag => Assert.Equal("#fff", Palette.TextOn(rag)));
    }

    /// <summary>
    /// A colour written anywhere else in the code would be a second palette: every colour of a picture, a workbook
    /// or a Word table is one of the palette's names (a comment may still quote one).
    /// </summary>
    [Fact]
    public void No_code_but_the_palette_writes_a_colour()
    {
        var folder = Path.Combine(Fixture.Root, "src", "WccAssure.Reporting");
        var found =
            from file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            where !file.Contains("/obj/", StringComparison.Ordinal) && Path.GetFileName(file) != "Palette.cs"
            from line in File.ReadLines(file).Select((text, i) => (Text: text.Trim(), Number: i + 1))
            where !line.Text.StartsWith("//", StringComparison.Ordinal)
            where Regex.IsMatch(line.Text, "#[0-9a-fA-F]{6}\\b")
            select $"{Path.GetRelativePath(Fixture.Root, file)}:{line.Number}: {line.Text}";
        Assert.Empty(found);
    }
}
