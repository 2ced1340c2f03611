using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// Tables across the text width: a header row that repeats on every page, rows that do not split across a page,
/// and cell shading from the report's palette (the colours are passed in, never chosen here).
/// </summary>
internal static class WordTables
{
    /// <summary>The text width of an A4 page with the report's margins, in twentieths of a point.</summary>
    public const int TextWidth = 9638;

    private const string HeaderFill = Palette.Faint;

    public static Table Build(
        IReadOnlyList<string> headers,
        IReadOnlyList<int> widths,
        IEnumerable<IReadOnlyList<WordCell>> rows
    ) => Build([.. headers.Select(h => Header([WordText.Bold(h)]))], widths, rows);

    /// <summary>A header cell: bold text on the header grey.</summary>
    public static WordCell Header(IEnumerable<OpenXmlElement> content) => WordCell.Of(content, HeaderFill);

    public static Table Build(
        IReadOnlyList<WordCell> headers,
        IReadOnlyList<int> widths,
        IEnumerable<IReadOnlyList<WordCell>> rows
    )
    {
        var total = widths.Sum();
        var twips = widths.Select(w => w * TextWidth / total).ToList();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook
                {
                    Val = "04A0",
                    FirstRow = true,
                    NoVerticalBand = true,
                }
            ),
            new TableGrid([.. twips.Select(w => new GridColumn { Width = Text(w) })])
        );
        table.Append(Row(headers, twips, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, twips, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<WordCell> cells, IReadOnlyList<int> twips, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(Cell(cells[i], twips[Math.Min(i, twips.Count - 1)]));
        }

        return row;
    }

    private static TableCell Cell(WordCell cell, int width)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = Text(width), Type = TableWidthUnitValues.Dxa }
        );
        if (cell.Fill is { } fill)
        {
            properties.Append(
                new Shading
                {
                    Val = ShadingPatternValues.Clear,
                    Color = "auto",
                    Fill = WordStyles.Hex(fill),
                }
            );
        }

        var paragraph = WordText.Styled(
            WordStyles.TableText,
            cell.Content.Select(c => c.Parent is null ? c : c.CloneNode(true))
        );
        if (cell.Centre)
        {
            paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
        }

        if (cell.Ink is { } ink)
        {
            foreach (var run in paragraph.Elements<Run>().Where(r => r.RunProperties?.Color is null))
            {
                run.RunProperties ??= new RunProperties();
                run.RunProperties.Append(new Color { Val = WordStyles.Hex(ink) });
            }
        }

        return new TableCell(properties, paragraph);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
