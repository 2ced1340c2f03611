using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

/// <summary>
/// Every colour wcc draws with, in one place for every output: the SVG pictures, the workbook's cell fills, the
/// Word report, and (checked by a test, since a stylesheet is the user's to replace) the variables of report.css.
/// The strong colours carry text and meet WCAG 2.1 AA (4.5:1) with the text colour <see cref="TextOn"/> gives;
/// the light fills sit behind dark text in table cells.
/// </summary>
internal static class Palette
{
    // The ratings.
    public const string Red = "#c0392b";
    public const string Amber = "#e69b00";
    public const string Green = "#2a7f50";

    /// <summary>Not rated: a grey that still carries white text at 5.2:1.</summary>
    public const string None = "#616e7c";

    public const string Ink = "#1f2933";

    // The neutrals and the one accent of pictures and tables (report.css: --muted, --line, --accent).

    /// <summary>Secondary text and outlines, 6.5:1 on white.</summary>
    public const string Muted = "#52606d";

    /// <summary>Rules between rows of a table or a picture.</summary>
    public const string Line = "#d9dee3";

    /// <summary>The PCT's own values: the panel's level in a bar, the PCT's point in an outcome chart.</summary>
    public const string Accent = "#2f6db5";

    /// <summary>A level the panel has not yet confirmed: the self-assessment's bar without a panel level.</summary>
    public const string Unconfirmed = "#9aa5b1";

    /// <summary>The gridlines of a chart's scale, lighter than its zero line.</summary>
    public const string Grid = "#d9e2ec";

    /// <summary>The lightest grid and the Word tables' header fill.</summary>
    public const string Faint = "#e4e7eb";

    /// <summary>An outcome chart's zero line.</summary>
    public const string Axis = "#7b8794";

    /// <summary>The band behind every other row of an outcome chart.</summary>
    public const string Band = "#f5f7fa";

    /// <summary>A self-assessment above the panel's level in the calibration picture (over-rating).</summary>
    public const string Over = "#d64545";

    /// <summary>The provenance marks (*, †) drawn in a picture, as report.css draws them in text.</summary>
    public const string Mark = "#8a1c1c";

    /// <summary>The national benchmark's marker: the ink itself.</summary>
    public const string National = Ink;

    /// <summary>The ONS cluster's marker: the not-rated grey.</summary>
    public const string Cluster = None;

    /// <summary>The top decile's marker: the green of a good rating.</summary>
    public const string TopDecile = Green;

    /// <summary>The PCT's aspiration marker, a dark amber that holds 4.5:1 on white where amber does not.</summary>
    public const string Aspiration = "#b06f00";

    /// <summary>The workbook's notice cells (a synthetic or partial pack says so at the top of each sheet).</summary>
    public const string Notice = "#FFF3BF";

    public const string RedLight = "#f6d5d1";
    public const string AmberLight = "#fbe9c3";
    public const string GreenLight = "#d3ecdf";

    /// <summary>The fill behind a competency level the panel chose (report.css: td.level1.on and the others).</summary>
    public const string LevelLight = "#dce8f6";

    /// <summary>
    /// The competency-level heatmap's own scale, kept apart from the governance Red / Amber / Green: four steps of
    /// one hue (ColorBrewer "Blues", a sequential scheme that stays ordered for colour-blind readers because it runs
    /// from light to dark), fill and text for levels 1 to 4. Text on each fill meets WCAG 2.1 AA (4.5:1): dark text
    /// on the three light steps, white on the darkest. The comparison page's stylesheet is checked against it.
    /// </summary>
    public static readonly IReadOnlyList<(string Fill, string Text)> HeatmapLevels =
    [
        ("#EFF3FF", "#1A1A1A"),
        ("#BDD7E7", "#1A1A1A"),
        ("#6BAED6", "#1A1A1A"),
        ("#08519C", "#FFFFFF"),
    ];

    public static string Strong(Rag? rag) =>
        rag switch
        {
            Rag.Red => Red,
            Rag.Amber => Amber,
            Rag.Green => Green,
            _ => None,
        };

    public static string Light(Rag rag) =>
        rag switch
        {
            Rag.Red => RedLight,
            Rag.Amber => AmberLight,
            _ => GreenLight,
        };

    /// <summary>White on amber is 2.3:1, so amber carries dark text; the others carry white.</summary>
    public static string TextOn(Rag? rag) => rag == Rag.Amber ? Ink : "#fff";
}
