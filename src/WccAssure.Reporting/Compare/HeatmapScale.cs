using WccAssure.Core.Results;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The competency-level heatmap: a score's level (1–4) and its colours from <see cref="Palette.HeatmapLevels"/>.
/// </summary>
internal static class HeatmapScale
{
    /// <summary>Fill and text colour of a competency score's level.</summary>
    public static (string Fill, string Text) Of(double score) => Palette.HeatmapLevels[Level(score) - 1];

    /// <summary>A score's level (its band, held to 1–4): the class suffix the page's stylesheet colours.</summary>
    public static int Level(double score) => Math.Clamp(ScoreBand.Level(score), 1, 4);
}
