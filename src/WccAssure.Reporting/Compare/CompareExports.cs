using ClosedXML.Excel;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>The league table as CSV (spreadsheet-safe) and as XLSX with RAG and level fills.</summary>
public static class CompareExports
{
    public static IReadOnlyList<string> Header(ComparisonPack pack) =>
        ["rank", "code", "organisation", "sha", "year", "status", "synthetic", "basis",
            .. pack.Competencies.Select(c => $"c{c.Number}"), .. pack.Areas.Select(a => a.ToLowerInvariant()),
            "competency_points", "governance_points", "total"];

    public static IEnumerable<IReadOnlyList<string>> Rows(ComparisonPack pack) =>
        pack.League.Select(r => (IReadOnlyList<string>)
        [
            Int(r.Rank), r.Code, r.Name, r.Sha, r.Year, r.Status, r.Synthetic ? "yes" : "no", CompareViewBuilder.Word(r.Basis),
            .. r.Competencies.Select(v => v is { } s ? Formats.Score(s) : ""), .. r.Areas.Select(a => a?.Word() ?? ""),
            Formats.Score(r.CompetencyPoints), Int(r.GovernancePoints), Formats.Score(r.Total),
        ]);

    public static string Csv(ComparisonPack pack) => Rendering.Csv.Join([Header(pack), .. Rows(pack)]);

    public static byte[] Xlsx(ComparisonPack pack)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "WCC comparison " + pack.Year;
        workbook.Properties.Created = new DateTime(2010, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        workbook.Properties.Modified = workbook.Properties.Created;
        var sheet = workbook.Worksheets.Add("League");
        var header = Header(pack);
        for (var c = 0; c < header.Count; c++)
        {
            Text(sheet.Cell(1, c + 1), header[c]).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var (league, cells) in pack.League.Zip(Rows(pack)))
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                if (IsNumberColumn(c, cells.Count, pack.Competencies.Count)
                    && double.TryParse(cells[c], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    cell.SetValue(number);
                }
                else
                {
                    Text(cell, cells[c]);
                }
            }

            Fill(sheet, row, league, FirstCompetencyColumn + 1, pack.Competencies.Count);
            row++;
        }

        if (pack.IncludesSynthetic)
        {
            Text(sheet.Cell(row + 1, 1), "Rows marked synthetic are generated demonstration data, not real organisations.");
        }

        sheet.SheetView.FreezeRows(1);
        // Widths are set, not measured: ClosedXML measures text through GDI+, which Linux lacks.
        sheet.Column(3).Width = 40;
        sheet.Column(4).Width = 26;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Rank, competency scores and the three point columns; codes such as 5E1 stay text.</summary>
    private static bool IsNumberColumn(int column, int count, int competencies) =>
        column == 0 || (column >= FirstCompetencyColumn && column < FirstCompetencyColumn + competencies) || column >= count - 3;

    private const int FirstCompetencyColumn = 8;


    private static void Fill(IXLWorksheet sheet, int row, LeagueRow league, int firstCompetencyColumn, int competencies)
    {
        for (var i = 0; i < league.Competencies.Count; i++)
        {
            if (league.Competencies[i] is { } score)
            {
                sheet.Cell(row, firstCompetencyColumn + i).Style.Fill.BackgroundColor = XLColor.FromHtml(LevelColour(score));
            }
        }

        for (var i = 0; i < league.Areas.Count; i++)
        {
            if (league.Areas[i] is { } rag)
            {
                sheet.Cell(row, firstCompetencyColumn + competencies + i).Style.Fill.BackgroundColor = XLColor.FromHtml(rag switch
                {
                    Rag.Red => "#F6D5D1",
                    Rag.Amber => "#FBE9C3",
                    _ => "#D3ECDF",
                });
            }
        }
    }

    private static string LevelColour(double score) => Math.Floor(score + 1e-9) switch
    {
        <= 1 => "#F6D5D1",
        2 => "#FBE9C3",
        3 => "#D3ECDF",
        _ => "#CFE0F5",
    };

    /// <summary>Text is stored as text, never as a formula, whatever it starts with.</summary>
    private static IXLCell Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        return cell;
    }

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
