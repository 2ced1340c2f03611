using System.Text;
using WccAssure.Core.Model;
using WccAssure.Core.Results;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Pictures;

/// <summary>
/// Outcome comparisons as a picture: per outcome, the PCT's rate of improvement against national, cluster, top
/// decile and its aspiration, all turned so that right is better whatever the indicator's polarity. Readable
/// printed at A4: labels wrap instead of being cut, the axis has numbered ticks, and each series sits on its own
/// line within a row so that close values do not hide one another.
/// </summary>
internal static class OutcomeChart
{
    private const int Left = 300;
    private const int Width = 460;
    private const int RowHeight = 34;
    private const int Top = 58;
    private const int LabelChars = 46;

    private static readonly (string Label, string Colour, string Shape)[] Series =
    [
        ("PCT", Palette.Accent, "circle"),
        ("National", Palette.National, "diamond"),
        ("ONS cluster", Palette.Cluster, "square"),
        ("Top decile", Palette.TopDecile, "triangle"),
        ("Aspiration", Palette.Aspiration, "ring"),
    ];

    public static string Svg(IReadOnlyList<OutcomeScore> outcomes)
    {
        var rows = outcomes
            .SelectMany(o =>
                o.Splits.Select(s =>
                    (
                        Label: $"#{o.Record.Number} "
                            + $"{s.Indicator?.Name ?? "(none)"}{(s.Record.Label is { } l ? " (" + l + ")" : "")}",
                        Split: s
                    )
                )
            )
            .Where(r => r.Split.Indicator is not null)
            .ToList();
        var values = rows.SelectMany(r => Values(r.Split)).OfType<double>().ToList();
        var (limit, step) = Scale(values.Count == 0 ? 1 : values.Max(Math.Abs));
        var bottom = Top + (rows.Count * RowHeight);
        var height = bottom + 40;
        var svg = new StringBuilder();
        svg.Append(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outcome-chart\" role=\"img\" aria-label=\"Outcome "
                + $"rates of improvement against benchmarks, turned so that right is better\" viewBox=\"0 0 800 "
                + $"{height}\" width=\"800\" height=\"{height}\">"
        );
        // The peer series is named for what it is: the ONS cluster, or the SHA when no cluster membership was known.
        var peer = View.PeerGroupHeading.Of(outcomes);
        var series = Series.Select(s => s.Label == "ONS cluster" ? s with { Label = peer } : s).ToArray();
        Legend(svg, series);
        for (var tick = -limit; tick <= limit + Core.Results.ScoreBand.Tolerance; tick += step)
        {
            var x = X(tick, limit);
            var stroke = Core.Results.ScoreBand.Same(tick, 0) ? Palette.Axis : Palette.Faint;
            svg.Append($"<line x1=\"{Pictures.Svg.N(x)}\" y1=\"{Top - 6}\" x2=\"{Pictures.Svg.N(x)}\" y2=\"{bottom}\"")
                .Append($" stroke=\"{stroke}\"/>");
            svg.Append(
                $"<text x=\"{Pictures.Svg.N(x)}\" y=\"{bottom + 14}\" font-size=\"10\" text-anchor=\"middle\" "
                    + $"fill=\"{Pictures.Svg.Ink}\">{Pictures.Svg.N(tick)}</text>"
            );
        }

        svg.Append(
            $"<text x=\"{Left + (Width / 2)}\" y=\"{bottom + 30}\" font-size=\"10\" text-anchor=\"middle\" "
                + $"fill=\"{Pictures.Svg.Ink}\">rate of improvement, % a year (CAGR); ← worse · better →</text>"
        );
        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + (i * RowHeight);
            if (i % 2 == 1)
            {
                svg.Append(
                    $"<rect x=\"0\" y=\"{y}\" width=\"{Left + Width}\" height=\"{RowHeight}\" fill=\"{Palette.Band}\"/>"
                );
            }

            var lines = Wrap(rows[i].Label);
            for (var k = 0; k < lines.Count; k++)
            {
                svg.Append(
                    $"<text x=\"0\" y=\"{y + 14 + (k * 12)}\" font-size=\"10\" "
                        + $"fill=\"{Pictures.Svg.Ink}\">{Pictures.Svg.Text(lines[k])}</text>"
                );
            }

            var points = Values(rows[i].Split);
            for (var k = 0; k < points.Count; k++)
            {
                if (points[k] is { } v)
                {
                    Mark(
                        svg,
                        series[k],
                        X(v, limit),
                        y + 5 + (k * 6),
                        $"{series[k].Label} {Pictures.Svg.N(Math.Round(v * Sign(rows[i].Split), 1))}%"
                    );
                }
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A symmetric axis with 4 to 8 ticks at a round step (0.5, 1, 2, 5, 10 …).</summary>
    private static (double Limit, double Step) Scale(double largest)
    {
        var step = new[] { 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100 }.FirstOrDefault(s => largest / s <= 4, 100);
        return (Math.Max(step, Math.Ceiling(largest / step) * step), step);
    }

    private static int Sign(OutcomeSplitScore split) => split.Indicator?.Polarity.Sign() ?? 1;

    private static List<double?> Values(OutcomeSplitScore split)
    {
        var sign = Sign(split);
        return
        [
            sign * split.Historic.Value,
            sign * split.National,
            sign * split.Cluster,
            sign * split.TopDecile,
            sign * split.Aspiration.Value,
        ];
    }

    /// <summary>Labels wrap onto a second line (and only a very long third part is shortened).</summary>
    private static List<string> Wrap(string label)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LabelChars)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        if (lines.Count <= 2)
        {
            return lines;
        }

        var rest = string.Join(" ", lines.Skip(1));
        return [lines[0], rest.Length > LabelChars ? rest[..(LabelChars - 1)] + "…" : rest];
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<(string Label, string Colour, string Shape)> series)
    {
        for (var k = 0; k < series.Count; k++)
        {
            var x = Left + (k * 92);
            Mark(svg, series[k], x, 12, null);
            svg.Append(
                $"<text x=\"{x + 8}\" y=\"16\" font-size=\"10\" "
                    + $"fill=\"{Pictures.Svg.Ink}\">{Pictures.Svg.Text(series[k].Label)}</text>"
            );
        }

        svg.Append(
            $"<text x=\"0\" y=\"38\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">Each rate is turned so that right "
                + $"is better: where a lower value is better (e.g. mortality), the sign is reversed.</text>"
        );
    }

    private static void Mark(
        StringBuilder svg,
        (string Label, string Colour, string Shape) series,
        double x,
        int y,
        string? title
    )
    {
        var tip = $"<title>{Pictures.Svg.Text(title ?? series.Label)}</title>";
        svg.Append(
            series.Shape switch
            {
                "diamond" => $"<path d=\"M{Pictures.Svg.N(x)} {y - 4} l4 4 l-4 4 l-4 -4 z\" "
                    + $"fill=\"{series.Colour}\">{tip}</path>",
                "square" => $"<rect x=\"{Pictures.Svg.N(x - 3.5)}\" y=\"{y - 3.5}\" width=\"7\" height=\"7\" "
                    + $"fill=\"{series.Colour}\">{tip}</rect>",
                "triangle" =>
                    $"<path d=\"M{Pictures.Svg.N(x)} {y - 4} l4.5 8 l-9 0 z\" fill=\"{series.Colour}\">{tip}</path>",
                "ring" =>
                    $"<circle cx=\"{Pictures.Svg.N(x)}\" cy=\"{y}\" r=\"4\" fill=\"none\" stroke=\"{series.Colour}\" "
                        + $"stroke-width=\"2\">{tip}</circle>",
                _ => $"<circle cx=\"{Pictures.Svg.N(x)}\" cy=\"{y}\" r=\"4\" fill=\"{series.Colour}\">{tip}</circle>",
            }
        );
    }

    private static double X(double value, double limit) => Left + (Width / 2.0) + (value / limit * (Width / 2.0 - 10));
}
