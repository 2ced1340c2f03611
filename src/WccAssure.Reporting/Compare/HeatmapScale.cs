namespace WccAssure.Reporting.Compare;

/// <summary>
/// The competency-level heatmap's own scale, kept apart from the governance Red / Amber / Green: four steps of
/// one hue (ColorBrewer "Blues", a sequential scheme that stays ordered for colour-blind readers because it runs
/// from light to dark). Text on each fill meets WCAG 2.1 AA (4.5:1): dark text on the three light steps, white
/// on the darkest.
/// </summary>
public static class HeatmapScale
{
    /// <summary>Fill and text colour of a competency score's level (the floor of the score, 1–4).</summary>
    public static (string Fill, string Text) Of(double score) => Math.Clamp((int)Math.Floor(score + 1e-9), 1, 4) switch
    {
        1 => ("#EFF3FF", "#1A1A1A"),
        2 => ("#BDD7E7", "#1A1A1A"),
        3 => ("#6BAED6", "#1A1A1A"),
        _ => ("#08519C", "#FFFFFF"),
    };

    /// <summary>The level a score sits at, as the class suffix the page's stylesheet colours.</summary>
    public static int Level(double score) => Math.Clamp((int)Math.Floor(score + 1e-9), 1, 4);
}
