using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

/// <summary>
/// The Red/Amber/Green colours, in one place for every output that draws them: the SVG pictures, the workbook's
/// cell fills, and (checked by a test, since a stylesheet is the user's to replace) the variables of report.css.
/// The strong colours carry text and meet WCAG 2.1 AA (4.5:1) with the text colour <see cref="TextOn"/> gives;
/// the light fills sit behind dark text in table cells.
/// </summary>
internal static class RagPalette
{
    public const string Red = "#c0392b";
    public const string Amber = "#e69b00";
    public const string Green = "#2a7f50";

    /// <summary>Not rated: a grey that still carries white text at 5.2:1.</summary>
    public const string None = "#616e7c";

    public const string Ink = "#1f2933";

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
