using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WccAssure.Core.Panel;

namespace WccAssure.Reporting.Panel;

/// <summary>
/// Reads a workbook's cells as text for wcc panel-apply, whoever saved it last: Excel and LibreOffice keep text in
/// the shared string table, wcc writes it inline, and a number typed into a cell is stored as a number.
/// </summary>
internal static class PanelWorkbookReader
{
    /// <summary>The panel's workbook is tens of kilobytes; anything this large is not one.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static (WorkbookCells? Cells, string? Problem) Read(string path, string display)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, $"{display}: error: file not found");
        }

        if (info.Length > MaxBytes)
        {
            return (
                null,
                $"{display}: error: the file is {info.Length / 1024 / 1024} MB; a panel workbook is far smaller"
            );
        }

        try
        {
            using var stream = new MemoryStream(File.ReadAllBytes(path));
            using var document = SpreadsheetDocument.Open(
                stream,
                false,
                new OpenSettings { MaxCharactersInPart = 50_000_000 }
            );
            if (document.WorkbookPart is not { Workbook.Sheets: { } sheets } book)
            {
                return (null, NotAWorkbook(display));
            }

            var strings = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(Words)
                .ToList()
                ?? [];
            var read = sheets
                .Elements<Sheet>()
                .Select(s =>
                    Sheet(
                        s.Name?.Value ?? "",
                        s.Id?.Value is { } id ? book.GetPartById(id) as WorksheetPart : null,
                        strings
                    )
                )
                .ToList();
            return (new WorkbookCells(display, read), null);
        }
        catch (Exception e)
            when (e
                    is OpenXmlPackageException
                        or InvalidDataException
                        or FileFormatException
                        or XmlException
                        or IOException
                        or ArgumentException
                        or InvalidOperationException
                        or KeyNotFoundException
                        or FormatException
            )
        {
            return (null, NotAWorkbook(display));
        }
    }

    private static string NotAWorkbook(string display) =>
        $"{display}: error: not an xlsx workbook (wcc panel-sheet writes one; a workbook saved as .xls or .ods must "
        + $"be saved as .xlsx)";

    private static SheetCells Sheet(string name, WorksheetPart? part, IReadOnlyList<string> strings)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var formulas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in part?.Worksheet?.Descendants<Cell>() ?? [])
        {
            if (cell.CellReference?.Value is not { } reference)
            {
                continue;
            }

            if (cell.CellFormula is not null)
            {
                formulas.Add(reference);
            }

            values[reference] = Text(cell, strings);
        }

        return new SheetCells(name, values, formulas);
    }

    private static string Text(Cell cell, IReadOnlyList<string> strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value switch
        {
            var t when t == CellValues.InlineString => cell.InlineString is { } inline ? Words(inline) : raw,
            var t when t == CellValues.SharedString => int.TryParse(raw, out var index)
            && index >= 0
            && index < strings.Count
                ? strings[index]
                : "",
            var t when t == CellValues.Boolean => raw == "1" ? "TRUE" : "FALSE",
            _ => raw,
        };
    }

    /// <summary>
    /// The text of a string item: one text, or the runs of rich text joined (phonetic guides left out).
    /// </summary>
    private static string Words(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } text
            ? text.Text
            : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
}
