using System.Text.RegularExpressions;
using WccAssure.Core.Model;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The shipped stylesheets draw a rating in the palette's colours, so a picture, a badge and a workbook cell agree.
/// </summary>
public sealed class RagPaletteTests
{
    private static readonly string ReportCss = File.ReadAllText(Path.Combine(Fixture.Root, "templates", "report.css"));
    private static readonly string ComparePage = File.ReadAllText(
        Path.Combine(Fixture.Root, "templates", "compare.html.sbn")
    );

    [Theory]
    [InlineData("--red", RagPalette.Red)]
    [InlineData("--amber", RagPalette.Amber)]
    [InlineData("--green", RagPalette.Green)]
    public void The_report_stylesheet_variables_are_the_palette_colours(string variable, string colour) =>
        Assert.Equal(
            colour,
            Regex.Match(ReportCss, Regex.Escape(variable) + @":\s*(#[0-9a-fA-F]{6})").Groups[1].Value.ToLowerInvariant()
        );

    [Fact]
    public void Not_rated_badges_use_the_palette_grey() =>
        Assert.Matches(@"\.rag\.none\s*\{\s*background:\s*" + RagPalette.None, ReportCss);

    [Theory]
    [InlineData(Rag.Red, "red")]
    [InlineData(Rag.Amber, "amber")]
    [InlineData(Rag.Green, "green")]
    public void Cell_fills_in_the_report_and_the_comparison_page_are_the_palette_light_colours(Rag rag, string word)
    {
        Assert.Matches(@"td\." + word + @"\.on\s*\{\s*background:\s*" + RagPalette.Light(rag), ReportCss);
        Assert.Matches(@"td\." + word + @"[^{]*\{\s*background:\s*" + RagPalette.Light(rag), ComparePage);
    }

    [Fact]
    public void The_report_stylesheet_ink_level_fill_and_amber_text_are_the_palette_colours()
    {
        Assert.Matches(@"--ink:\s*" + RagPalette.Ink, ReportCss);
        Assert.Matches(@"td\.level4\.on\s*\{\s*background:\s*" + RagPalette.LevelLight, ReportCss);
        Assert.Matches(@"\.rag\.amber\s*\{[^}]*color:\s*" + RagPalette.TextOn(Rag.Amber), ReportCss);
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
        Assert.True(rule.Success, $".level{level} has no fill and text colour in compare.html.sbn");
        var (fill, text) = RagPalette.HeatmapLevels[level - 1];
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
        Assert.Equal(RagPalette.Ink, RagPalette.TextOn(Rag.Amber));
        Assert.All(new Rag?[] { Rag.Red, Rag.Green, null }, rag => Assert.Equal("#fff", RagPalette.TextOn(rag)));
    }
}
