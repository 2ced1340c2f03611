using System.Globalization;
using System.Text;
using WccAssure.Core.Comparison;
using WccAssure.Core.Results;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>The pack's pictures: level distribution per competency (stacked bars) and self-vs-panel gaps.</summary>
internal static class ComparePictures
{
    // The heatmap's own scale (HeatmapScale), not the governance Red / Amber / Green; a thin outline keeps the
    // palest step visible against the page.
    private static readonly string[] LevelColours =
    [
        .. Enumerable.Range(1, 4).Select(level => HeatmapScale.Of(level).Fill),
    ];
    private const int BarStart = 330;
    private const double BarWidth = 420;

    public static string Distribution(IReadOnlyList<LevelDistribution> rows)
    {
        var height = 40 + (rows.Count * 20);
        var svg = new StringBuilder(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"distribution-chart\" role=\"img\" aria-label=\"Levels "
                + $"per competency\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">"
        );
        for (var level = 0; level < 4; level++)
        {
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<rect x=\"{BarStart + (level * 90)}\" y=\"4\" width=\"12\" height=\"12\" "
                    + $"fill=\"{LevelColours[level]}\" stroke=\"{Palette.Muted}\" stroke-width=\"0.5\"/><text "
                    + $"x=\"{BarStart + 16 + (level * 90)}\" y=\"14\" font-size=\"11\">level {level + 1}</text>"
            );
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var y = 26 + (i * 20);
            var total = Math.Max(1, rows[i].Counts.Sum());
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 12}\" "
                    + $"font-size=\"11\">{Esc(rows[i].Competency.Number + ". " + rows[i].Competency.Name)}</text>"
            );
            var x = (double)BarStart;
            for (var level = 0; level < 4; level++)
            {
                var width = BarWidth * rows[i].Counts[level] / total;
                if (width > 0)
                {
                    svg.Append(
                        CultureInfo.InvariantCulture,
                        $"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"15\" "
                            + $"fill=\"{LevelColours[level]}\" stroke=\"{Palette.Muted}\" stroke-width=\"0.5\">"
                            + $"<title>level {level + 1}: {rows[i].Counts[level]}</title></rect>"
                    );
                }

                x += width;
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Mean panel − self per competency as bars either side of zero, on a labelled axis in levels (ticks every half
    /// level, wide enough for the largest gap): left of zero the panel rated lower than the self-assessment.
    /// </summary>
    public static string Calibration(IReadOnlyList<CalibrationRow> rows)
    {
        const double Zero = 540,
            Half = 100;
        var largest = rows.Select(r => Math.Abs(r.MeanGap ?? 0)).DefaultIfEmpty(0).Max();
        var reach = Math.Max(1, Math.Ceiling(largest * 2) / 2);
        var scale = Half * 2 / reach; // px per level: a gap of `reach` levels fills 200 px either side
        var axis = 24 + (rows.Count * 20);
        var height = axis + 36;
        var svg = new StringBuilder();
        var i18n = CultureInfo.InvariantCulture;
        svg.Append(i18n, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"calibration-chart\" role=\"img\" ")
            .Append("aria-label=\"Mean panel rating minus mean self-rating per competency, in levels\" ")
            .Append(i18n, $"viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">")
            .Append(i18n, $"<text x=\"{Zero - 8}\" y=\"12\" font-size=\"10\" text-anchor=\"end\">")
            .Append("← panel lower than self</text>")
            .Append(i18n, $"<text x=\"{Zero + 8}\" y=\"12\" font-size=\"10\">panel higher than self →</text>");
        for (var tick = -reach; tick <= reach + ScoreBand.Tolerance; tick += 0.5)
        {
            var x = Zero + (tick * scale);
            var stroke = ScoreBand.Same(tick, 0) ? Palette.Muted : Palette.Grid;
            svg.Append(i18n, $"<line x1=\"{x:0.##}\" y1=\"18\" x2=\"{x:0.##}\" y2=\"{axis + 4}\" stroke=\"{stroke}\"/>")
                .Append(i18n, $"<text x=\"{x:0.##}\" y=\"{axis + 16}\" font-size=\"10\" text-anchor=\"middle\">")
                .Append(i18n, $"{tick:+0.0;−0.0;0}</text>");
        }

        svg.Append(i18n, $"<text x=\"{Zero}\" y=\"{axis + 31}\" font-size=\"10\" text-anchor=\"middle\">")
            .Append("mean panel − mean self-rating (levels)</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 22 + (i * 20);
            var name = Esc(rows[i].Competency.Number + ". " + rows[i].Competency.Name);
            svg.Append(i18n, $"<text x=\"0\" y=\"{y + 12}\" font-size=\"11\">{name}</text>");
            if (rows[i].MeanGap is { } gap)
            {
                var width = Math.Abs(gap) * scale;
                var x = gap < 0 ? Zero - width : Zero;
                svg.Append(i18n, $"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"14\" ")
                    .Append(i18n, $"fill=\"{(gap < 0 ? Palette.Over : Palette.Accent)}\">")
                    .Append(i18n, $"<title>{gap:+0.00;-0.00;0.00}</title></rect>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// An organisation's mean competency score across its years as a small line on the fixed 1–4 scale (so two
    /// organisations' lines compare); a year without a score breaks the line. Its words say every point.
    /// </summary>
    public static string Trend(IReadOnlyList<(string Year, double? Score)> points)
    {
        const double Width = 90,
            Height = 24;
        var i18n = CultureInfo.InvariantCulture;
        var step = points.Count > 1 ? (Width - 8) / (points.Count - 1) : 0;
        var words = string.Join(
            ", ",
            points.Select(p => $"{p.Year} {(p.Score is { } v ? v.ToString("0.00", i18n) : "none")}")
        );
        var svg = new StringBuilder();
        svg.Append(i18n, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" role=\"img\" ")
            .Append(i18n, $"aria-label=\"Mean competency score: {Esc(words)}\" ")
            .Append(i18n, $"viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">")
            .Append(i18n, $"<line x1=\"0\" y1=\"{Height - 2}\" x2=\"{Width}\" y2=\"{Height - 2}\" ")
            .Append("stroke=\"" + Palette.Grid + "\"/>");
        var at = points
            .Select(
                (p, i) =>
                    p.Score is { } v
                        ? (X: 4 + (i * step), Y: Height - 2 - ((Math.Clamp(v, 1, 4) - 1) / 3 * (Height - 6)))
                        : ((double X, double Y)?)null
            )
            .ToList();
        for (var i = 1; i < at.Count; i++)
        {
            if (at[i - 1] is { } a && at[i] is { } b)
            {
                svg.Append(i18n, $"<line x1=\"{a.X:0.##}\" y1=\"{a.Y:0.##}\" x2=\"{b.X:0.##}\" y2=\"{b.Y:0.##}\" ")
                    .Append("stroke=\"" + Palette.Accent + "\" stroke-width=\"1.5\"/>");
            }
        }

        foreach (var p in at.OfType<(double X, double Y)>())
        {
            svg.Append(i18n, $"<circle cx=\"{p.X:0.##}\" cy=\"{p.Y:0.##}\" r=\"2.5\" fill=\"{Palette.Accent}\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Esc(string text) => Pictures.Svg.Text(text);
}
