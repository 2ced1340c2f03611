using System.Globalization;
using System.Text;
using WccAssure.Core.Comparison;

namespace WccAssure.Reporting.Compare;

/// <summary>The pack's pictures: level distribution per competency (stacked bars) and self-vs-panel gaps.</summary>
public static class ComparePictures
{
    // The heatmap's own scale (HeatmapScale), not the governance Red / Amber / Green; a thin outline keeps the
    // palest step visible against the page.
    private static readonly string[] LevelColours = [.. Enumerable.Range(1, 4).Select(level => HeatmapScale.Of(level).Fill)];
    private const int BarStart = 330;
    private const double BarWidth = 420;

    public static string Distribution(IReadOnlyList<LevelDistribution> rows)
    {
        var height = 40 + (rows.Count * 20);
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"distribution-chart\" role=\"img\" aria-label=\"Levels per competency\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">");
        for (var level = 0; level < 4; level++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{BarStart + (level * 90)}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{LevelColours[level]}\" stroke=\"#52606d\" stroke-width=\"0.5\"/><text x=\"{BarStart + 16 + (level * 90)}\" y=\"14\" font-size=\"11\">level {level + 1}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var y = 26 + (i * 20);
            var total = Math.Max(1, rows[i].Counts.Sum());
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 12}\" font-size=\"11\">{Esc(rows[i].Competency.Number + ". " + rows[i].Competency.Name)}</text>");
            var x = (double)BarStart;
            for (var level = 0; level < 4; level++)
            {
                var width = BarWidth * rows[i].Counts[level] / total;
                if (width > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"15\" fill=\"{LevelColours[level]}\" stroke=\"#52606d\" stroke-width=\"0.5\"><title>level {level + 1}: {rows[i].Counts[level]}</title></rect>");
                }

                x += width;
            }
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Calibration(IReadOnlyList<CalibrationRow> rows)
    {
        var height = 30 + (rows.Count * 20);
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"calibration-chart\" role=\"img\" aria-label=\"Panel minus self-assessment\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">");
        var zero = 500.0;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{zero}\" y1=\"4\" x2=\"{zero}\" y2=\"{height}\" stroke=\"#9aa5b1\"/><text x=\"{zero + 4}\" y=\"12\" font-size=\"10\">panel = self</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 20 + (i * 20);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 12}\" font-size=\"11\">{Esc(rows[i].Competency.Number + ". " + rows[i].Competency.Name)}</text>");
            if (rows[i].MeanGap is { } gap)
            {
                var width = Math.Abs(gap) * 160;
                var x = gap < 0 ? zero - width : zero;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"14\" fill=\"{(gap < 0 ? "#d64545" : "#2f6db5")}\"><title>{gap:+0.00;-0.00;0.00}</title></rect>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Esc(string text) => Pictures.Svg.Text(text);
}
