using System.Text;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Pictures;

/// <summary>
/// The panel scorecard as a picture: one bar per competency on the 1–4 scale (panel, else evidenced) with the
/// self-rating and last year as ticks, and a labelled RAG tile per governance area.
/// </summary>
public static class ScorecardChart
{
    private const int RowHeight = 22;
    private const int Left = 250;
    private const int BarWidth = 320;

    public static string Svg(IReadOnlyList<ScorecardRow> competencies, IReadOnlyList<ScorecardArea> governance)
    {
        var height = 40 + (competencies.Count * RowHeight) + 60;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scorecard-chart\" role=\"img\" aria-label=\"Panel scorecard\" viewBox=\"0 0 760 {height}\" width=\"760\" height=\"{height}\">");
        svg.Append($"<text x=\"0\" y=\"16\" font-size=\"13\" font-weight=\"bold\" fill=\"{Pictures.Svg.Ink}\">Competencies (level 1–4)</text>");
        for (var level = 1; level <= 4; level++)
        {
            var x = X(level);
            svg.Append($"<line x1=\"{Pictures.Svg.N(x)}\" y1=\"26\" x2=\"{Pictures.Svg.N(x)}\" y2=\"{30 + (competencies.Count * RowHeight)}\" stroke=\"#d9dee3\"/>");
            svg.Append($"<text x=\"{Pictures.Svg.N(x)}\" y=\"24\" font-size=\"10\" text-anchor=\"middle\" fill=\"{Pictures.Svg.Ink}\">{level}</text>");
        }

        for (var i = 0; i < competencies.Count; i++)
        {
            Row(svg, competencies[i], 30 + (i * RowHeight));
        }

        var y = 50 + (competencies.Count * RowHeight);
        svg.Append($"<text x=\"0\" y=\"{y}\" font-size=\"13\" font-weight=\"bold\" fill=\"{Pictures.Svg.Ink}\">Governance</text>");
        for (var i = 0; i < governance.Count; i++)
        {
            var area = governance[i];
            var x = Left + (i * 170);
            svg.Append($"<rect class=\"rag-{area.RatingClass}\" x=\"{x}\" y=\"{y - 15}\" width=\"160\" height=\"22\" rx=\"4\" fill=\"{Pictures.Svg.Colour(area.RatingClass)}\"/>");
            svg.Append($"<text x=\"{x + 80}\" y=\"{y}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#fff\">{Pictures.Svg.Text(area.Name)}: {Pictures.Svg.Text(area.Rating)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Row(StringBuilder svg, ScorecardRow row, int y)
    {
        svg.Append($"<text x=\"0\" y=\"{y + 14}\" font-size=\"11\" fill=\"{Pictures.Svg.Ink}\">{row.Number}. {Pictures.Svg.Text(Fit(row.Name))}</text>");
        var shown = Parse(row.Panel) ?? Parse(row.Evidenced);
        if (shown is { } value)
        {
            var colour = Parse(row.Panel) is null ? Pictures.Svg.Grey : "#2f6db5";
            svg.Append($"<rect class=\"bar\" x=\"{Left}\" y=\"{y + 4}\" width=\"{Pictures.Svg.N(X(value) - Left)}\" height=\"12\" fill=\"{colour}\"/>");
            svg.Append($"<text x=\"{Pictures.Svg.N(X(value) + 6)}\" y=\"{y + 14}\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">{Pictures.Svg.Text(Parse(row.Panel) is null ? row.Evidenced + " evidenced" : row.Panel + " panel")}</text>");
        }

        Tick(svg, Parse(row.Self), y, "#1f2933", "self");
        Tick(svg, Parse(row.LastYear), y, "#7b8794", "last year");
    }

    private static void Tick(StringBuilder svg, double? value, int y, string colour, string label)
    {
        if (value is { } v)
        {
            svg.Append($"<rect x=\"{Pictures.Svg.N(X(v) - 1.5)}\" y=\"{y + 1}\" width=\"3\" height=\"18\" fill=\"{colour}\"><title>{label} {Pictures.Svg.N(v)}</title></rect>");
        }
    }

    /// <summary>Level 1 sits at the left edge of the bar area; the bar shows distance above the floor.</summary>
    private static double X(double level) => Left + 10 + ((level - 1) / 3 * (BarWidth - 20));

    /// <summary>Long competency names would run into the bars; the full name is in the table below the picture.</summary>
    private static string Fit(string name) => name.Length <= 36 ? name : name[..35].TrimEnd() + "…";

    private static double? Parse(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
