using System.Text;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Pictures;

/// <summary>
/// The panel scorecard as a picture: one bar per competency on the 1–4 scale (panel, else evidenced) with the
/// self-rating and last year as markers, a printed legend, the value in a column of its own (so no marker can
/// cover it), and a labelled RAG tile per governance area.
/// </summary>
internal static class ScorecardChart
{
    private const int RowHeight = 24;
    private const int Left = 330;
    private const int BarWidth = 300;
    private const int Top = 58;
    private const int ValueColumn = Left + BarWidth + 14;

    public static string Svg(
        IReadOnlyList<ScorecardRow> competencies,
        IReadOnlyList<ScorecardArea> governance,
        string heading = "Panel scorecard",
        bool withPanel = true
    )
    {
        var height = Top + (competencies.Count * RowHeight) + 62;
        var svg = new StringBuilder();
        svg.Append(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scorecard-chart\" role=\"img\" "
                + $"aria-label=\"{Pictures.Svg.Text(heading)}: competency scores and governance ratings\" viewBox=\"0 "
                + $"0 800 {height}\" width=\"800\" height=\"{height}\">"
        );
        Legend(svg, withPanel);
        svg.Append(
            $"<text x=\"0\" y=\"{Top - 8}\" font-size=\"12\" font-weight=\"bold\" "
                + $"fill=\"{Pictures.Svg.Ink}\">Competencies (score 1–4)</text>"
        );
        for (var level = 1; level <= 4; level++)
        {
            var x = X(level);
            svg.Append(
                $"<line x1=\"{Pictures.Svg.N(x)}\" y1=\"{Top - 4}\" x2=\"{Pictures.Svg.N(x)}\" "
                    + $"y2=\"{Top + (competencies.Count * RowHeight)}\" stroke=\"{Palette.Line}\"/>"
            );
            svg.Append(
                $"<text x=\"{Pictures.Svg.N(x)}\" y=\"{Top - 8}\" font-size=\"10\" text-anchor=\"middle\" "
                    + $"fill=\"{Pictures.Svg.Ink}\">{level}</text>"
            );
        }

        svg.Append(
            $"<text x=\"{ValueColumn}\" y=\"{Top - 8}\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">score</text>"
        );
        for (var i = 0; i < competencies.Count; i++)
        {
            Row(svg, competencies[i], Top + (i * RowHeight));
        }

        var y = Top + 26 + (competencies.Count * RowHeight);
        svg.Append(
            $"<text x=\"0\" y=\"{y}\" font-size=\"12\" font-weight=\"bold\" "
                + $"fill=\"{Pictures.Svg.Ink}\">Governance</text>"
        );
        for (var i = 0; i < governance.Count; i++)
        {
            var area = governance[i];
            var x = Left - 120 + (i * 190);
            var mark = area.RatingMark.IsEmpty ? "" : $"<title>{Pictures.Svg.Text(area.RatingMark.Note)}</title>";
            svg.Append($"<rect class=\"rag-{area.RatingClass}\" x=\"{x}\" y=\"{y - 15}\"")
                .Append(" width=\"180\" height=\"22\" rx=\"4\"")
                .Append($" fill=\"{Palette.Strong(area.Rag)}\">{mark}</rect>");
            svg.Append($"<text x=\"{x + 90}\" y=\"{y}\" font-size=\"12\" text-anchor=\"middle\"")
                .Append($" fill=\"{Palette.TextOn(area.Rag)}\">")
                .Append($"{Pictures.Svg.Text(area.Name)}: {Pictures.Svg.Text(area.Rating)}")
                .Append($"{area.RatingMark.Symbol}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The key prints with the picture: hover titles do not exist on paper.</summary>
    private static void Legend(StringBuilder svg, bool withPanel)
    {
        // A draft with no panel score keys its bars as what they are, with no panel entry.
        svg.Append(
            withPanel
                ? $"<rect x=\"0\" y=\"6\" width=\"22\" height=\"10\" fill=\"{Palette.Accent}\"/>"
                    + "<text x=\"28\" y=\"15\" "
                    + $"font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">panel score</text>"
                : ""
        );
        var (bar, self, last) = withPanel ? (110, 290, 370) : (0, 130, 210);
        svg.Append(
            $"<rect x=\"{bar}\" y=\"6\" width=\"22\" height=\"10\" fill=\"{Palette.Unconfirmed}\"/>"
                + $"<text x=\"{bar + 28}\" y=\"15\" "
                + $"font-size=\"10\" "
                + $"fill=\"{Pictures.Svg.Ink}\">{(withPanel ? "evidenced (no panel score)" : "evidenced level")}</text>"
        );
        SelfMarker(svg, self, -2);
        svg.Append($"<text x=\"{self + 8}\" y=\"15\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">self-rating</text>");
        LastYearMarker(svg, last, -10);
        svg.Append($"<text x=\"{last + 8}\" y=\"15\" font-size=\"10\" fill=\"{Pictures.Svg.Ink}\">last year</text>");
        svg.Append(
            $"<text x=\"0\" y=\"32\" font-size=\"10\" fill=\"{Pictures.Svg.Muted}\">{ValueMark.ReconstructedSymbol} "
                + $"rests on values reconstructed from the source · {ValueMark.ComputedSymbol} computed or rolled up "
                + $"by this tool (the provenance annex gives each reason)</text>"
        );
    }

    private static void Row(StringBuilder svg, ScorecardRow row, int y)
    {
        svg.Append(
            $"<text x=\"0\" y=\"{y + 15}\" font-size=\"11\" fill=\"{Pictures.Svg.Ink}\">{row.Number}. "
                + $"{Pictures.Svg.Text(row.Name)}</text>"
        );
        var panel = Drawn(row.PanelScore);
        var shown = panel ?? Drawn(row.EvidencedScore);
        if (shown is { } value)
        {
            var colour = panel is null ? Palette.Unconfirmed : Palette.Accent;
            svg.Append(
                $"<rect class=\"bar\" x=\"{Left}\" y=\"{y + 6}\" width=\"{Pictures.Svg.N(X(value) - Left)}\" "
                    + $"height=\"10\" fill=\"{colour}\"/>"
            );
            var mark = panel is null ? ValueMark.None : row.PanelMark;
            var label = panel is null ? $"{row.Evidenced} evidenced" : $"{row.Panel}{mark.Symbol} panel";
            svg.Append(
                $"<text x=\"{ValueColumn}\" y=\"{y + 15}\" font-size=\"10\" "
                    + $"fill=\"{Pictures.Svg.Ink}\">{Pictures.Svg.Text(label)}{Title(mark)}</text>"
            );
        }
        else
        {
            svg.Append(
                $"<text x=\"{ValueColumn}\" y=\"{y + 15}\" font-size=\"10\" "
                    + $"fill=\"{Pictures.Svg.Muted}\">{Pictures.Svg.Text(row.Evidenced)}</text>"
            );
        }

        if (Drawn(row.SelfScore) is { } self)
        {
            SelfMarker(svg, X(self), y, $"self-rating {row.Self}{row.SelfMark.Symbol}");
            PrintedMark(svg, row.SelfMark, X(self) + 2.5, y + 5, "start");
        }

        if (Drawn(row.LastYearScore) is { } last)
        {
            LastYearMarker(svg, X(last), y, $"last year {row.LastYear}{row.LastYearMark.Symbol}");
            // Left of the circle: the self-rating tick may stand at the same value, right above it.
            PrintedMark(svg, row.LastYearMark, X(last) - 4, y + 26, "end");
        }
    }

    /// <summary>The marker's own mark, printed beside it: a title shows only on hover, and paper has none.</summary>
    private static void PrintedMark(StringBuilder svg, ValueMark mark, double x, int y, string anchor)
    {
        if (!mark.IsEmpty)
        {
            svg.Append(
                $"<text class=\"prov\" x=\"{Pictures.Svg.N(x)}\" y=\"{y}\" font-size=\"9\" font-weight=\"bold\" "
                    + $"text-anchor=\"{anchor}\" fill=\"{Palette.Mark}\" aria-hidden=\"true\">{mark.Symbol}</text>"
            );
        }
    }

    /// <summary>A dark tick across the bar.</summary>
    private static void SelfMarker(StringBuilder svg, double x, int y, string? title = null) =>
        svg.Append(
            $"<rect x=\"{Pictures.Svg.N(x - 1.5)}\" y=\"{y + 2}\" width=\"3\" height=\"18\" "
                + $"fill=\"{Pictures.Svg.Ink}\">"
                + $"{(title is null ? "" : $"<title>{Pictures.Svg.Text(title)}</title>")}</rect>"
        );

    /// <summary>A hollow circle under the bar, so it never hides the self-rating tick at the same value.</summary>
    private static void LastYearMarker(StringBuilder svg, double x, int y, string? title = null) =>
        svg.Append(
            $"<circle cx=\"{Pictures.Svg.N(x)}\" cy=\"{y + 21}\" r=\"3\" fill=\"#fff\" stroke=\"{Pictures.Svg.Ink}\" "
                + $"stroke-width=\"1.5\">{(title is null ? "" : $"<title>{Pictures.Svg.Text(title)}</title>")}</circle>"
        );

    private static string Title(ValueMark mark) => mark.IsEmpty ? "" : $"<title>{Pictures.Svg.Text(mark.Note)}</title>";

    /// <summary>Level 1 sits at the left edge of the bar area; the bar shows distance above the floor.</summary>
    private static double X(double level) => Left + 10 + ((level - 1) / 3 * (BarWidth - 20));

    /// <summary>A score where the table's figure puts it, so a bar ends where its printed value says.</summary>
    private static double? Drawn(double? score) => score is { } v ? Formats.AsPrinted(v) : null;
}
