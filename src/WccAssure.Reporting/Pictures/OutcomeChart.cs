using System.Text;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.Pictures;

/// <summary>
/// Outcome comparisons as a picture: per outcome, the PCT's rate of improvement against national, cluster, top
/// decile and its aspiration, all turned so that right is better whatever the indicator's polarity.
/// </summary>
public static class OutcomeChart
{
    private const int Left = 260;
    private const int Width = 440;
    private const int RowHeight = 24;

    private static readonly (string Label, string Colour, string Shape)[] Series =
    [
        ("PCT", "#2f6db5", "circle"), ("National", "#1f2933", "diamond"), ("ONS cluster", "#7b8794", "square"),
        ("Top decile", "#2e8b57", "triangle"), ("Aspiration", "#e69b00", "ring"),
    ];

    public static string Svg(IReadOnlyList<OutcomeScore> outcomes)
    {
        var rows = outcomes.SelectMany(o => o.Splits.Select(s => (Label: $"#{o.Record.Number} {s.Indicator?.Name ?? "(none)"}{(s.Record.Label is { } l ? " " + l : "")}", Split: s)))
            .Where(r => r.Split.Indicator is not null).ToList();
        var values = rows.SelectMany(r => Values(r.Split)).OfType<double>().ToList();
        var limit = values.Count == 0 ? 1 : Math.Max(1, Math.Ceiling(values.Max(Math.Abs)));
        var height = 50 + (rows.Count * RowHeight);
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outcome-chart\" role=\"img\" aria-label=\"Outcome rates of improvement\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">");
        Legend(svg);
        var zero = X(0, limit);
        svg.Append($"<line x1=\"{Pictures.Svg.N(zero)}\" y1=\"28\" x2=\"{Pictures.Svg.N(zero)}\" y2=\"{height - 8}\" stroke=\"#9aa5b1\"/>");
        svg.Append($"<text x=\"{Left}\" y=\"{height - 1}\" font-size=\"9\" fill=\"#52606d\">worse ← CAGR % (turned so right is better) → better; scale ±{Pictures.Svg.N(limit)}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 40 + (i * RowHeight);
            svg.Append($"<text x=\"0\" y=\"{y + 4}\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">{Pictures.Svg.Text(Trim(rows[i].Label))}</text>");
            var points = Values(rows[i].Split);
            for (var k = 0; k < points.Count; k++)
            {
                if (points[k] is { } v)
                {
                    Mark(svg, Series[k], X(v, limit), y);
                }
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static List<double?> Values(OutcomeSplitScore split)
    {
        var sign = split.Indicator?.Polarity.Sign() ?? 1;
        return [sign * split.Historic.Value, sign * split.National, sign * split.Cluster, sign * split.TopDecile, sign * split.Aspiration.Value];
    }

    private static void Legend(StringBuilder svg)
    {
        for (var k = 0; k < Series.Length; k++)
        {
            var x = Left + (k * 95);
            Mark(svg, Series[k], x, 12);
            svg.Append($"<text x=\"{x + 8}\" y=\"16\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">{Series[k].Label}</text>");
        }
    }

    private static void Mark(StringBuilder svg, (string Label, string Colour, string Shape) series, double x, int y)
    {
        var title = $"<title>{series.Label}</title>";
        svg.Append(series.Shape switch
        {
            "diamond" => $"<path d=\"M{Pictures.Svg.N(x)} {y - 5} l5 5 l-5 5 l-5 -5 z\" fill=\"{series.Colour}\">{title}</path>",
            "square" => $"<rect x=\"{Pictures.Svg.N(x - 4)}\" y=\"{y - 4}\" width=\"8\" height=\"8\" fill=\"{series.Colour}\">{title}</rect>",
            "triangle" => $"<path d=\"M{Pictures.Svg.N(x)} {y - 5} l5 9 l-10 0 z\" fill=\"{series.Colour}\">{title}</path>",
            "ring" => $"<circle cx=\"{Pictures.Svg.N(x)}\" cy=\"{y}\" r=\"5\" fill=\"none\" stroke=\"{series.Colour}\" stroke-width=\"2.5\">{title}</circle>",
            _ => $"<circle cx=\"{Pictures.Svg.N(x)}\" cy=\"{y}\" r=\"5\" fill=\"{series.Colour}\">{title}</circle>",
        });
    }

    private static double X(double value, double limit) => Left + (Width / 2.0) + (value / limit * (Width / 2.0 - 10));

    private static string Trim(string text) => text.Length <= 44 ? text : text[..41] + "...";
}
