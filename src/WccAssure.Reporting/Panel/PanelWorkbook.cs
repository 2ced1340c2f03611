using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WccAssure.Core.Panel;
using WccAssure.Reporting.Compare;

namespace WccAssure.Reporting.Panel;

/// <summary>
/// The workbook a panel takes into its meeting (wcc panel-sheet): an identity sheet tying it to the assessment,
/// then a sheet per competency and governance area with a row per measure. Each sheet is protected without a
/// password: only the panel rating (a drop-down list) and rationale cells are unlocked, so the rows wcc reads back
/// stay where it wrote them. Text is always stored as text, never as a formula, whatever it starts with.
/// </summary>
/// <remarks>
/// Written with the Open XML SDK, which can protect sheets and unlock cells (SpreadCheetah, used for the
/// comparison workbook, cannot). Part ids are given, not generated, and the package's dates are restamped, so the
/// same assessment gives the same bytes.
/// </remarks>
internal static class PanelWorkbook
{
    private static readonly double[] Widths = [9, 40, 10, 11, 50, 10, 11, 11, 70];

    public static byte[] Build(PanelSheetPlan plan)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "rIdBook"
            );
            book.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = PanelWorkbookStyles.Create();
            var sheets = new Sheets();
            AddSheet(book, sheets, PanelLayout.IdentitySheet, Identity(plan), [30, 90], validation: null);
            foreach (var page in plan.Pages)
            {
                AddSheet(book, sheets, page.Shape.Name, Measures(plan, page), Widths, Validation(page));
            }

            book.Workbook = new Workbook(sheets);
            document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        }

        WorkbookStamp.Apply(stream, plan.Title, filters: []);
        return stream.ToArray();
    }

    private static void AddSheet(
        WorkbookPart book,
        Sheets sheets,
        string name,
        SheetData data,
        double[] widths,
        DataValidation? validation
    )
    {
        var number = (uint)sheets.ChildElements.Count + 1;
        var id = $"rIdSheet{number}";
        var part = book.AddNewPart<WorksheetPart>(id);
        var columns = new Columns(
            widths.Select(
                (w, i) =>
                    new Column
                    {
                        Min = (uint)i + 1,
                        Max = (uint)i + 1,
                        Width = w,
                        CustomWidth = true,
                    }
            )
        );
        // Printed for the meeting: landscape, every column on the page's width.
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0 }),
            columns,
            data,
            new SheetProtection
            {
                Sheet = true,
                Objects = true,
                Scenarios = true,
                FormatColumns = false,
                FormatRows = false,
            }
        );
        if (validation is not null)
        {
            worksheet.Append(new DataValidations(validation) { Count = 1 });
        }

        worksheet.Append(
            new PageMargins
            {
                Left = 0.5,
                Right = 0.5,
                Top = 0.6,
                Bottom = 0.6,
                Header = 0.3,
                Footer = 0.3,
            },
            new PageSetup
            {
                Orientation = OrientationValues.Landscape,
                PaperSize = 9,
                FitToWidth = 1,
                FitToHeight = 0,
            }
        );

        part.Worksheet = worksheet;
        sheets.Append(
            new Sheet
            {
                Name = name,
                SheetId = number,
                Id = id,
            }
        );
    }

    private static SheetData Identity(PanelSheetPlan plan)
    {
        var data = new SheetData();
        data.Append(Row(1, Text("A", 1, plan.Title, PanelWorkbookStyles.Title)));
        data.Append(
            Row(
                2,
                Text(
                    "A",
                    2,
                    "The panel's workbook for wcc panel-apply. The rows below tie it to one assessment; wcc refuses "
                        + "it for any other.",
                    PanelWorkbookStyles.Body
                )
            )
        );
        foreach (var ((label, value), (_, row)) in plan.Identity.Zip(PanelLayout.IdentityRows))
        {
            data.Append(
                Row(
                    row,
                    Text("A", row, label, PanelWorkbookStyles.Header),
                    Text("B", row, value, PanelWorkbookStyles.Body)
                )
            );
        }

        var notes = new[]
        {
            "Fill in the yellow cells of each sheet: the panel rating (choose from the list) and the rationale. Every "
                + "other cell is locked.",
            "Then: wcc panel-apply THIS-FILE.xlsx ASSESSMENT-FOLDER writes them into the assessment's files and "
                + "prints what changed.",
            "Marks: * reconstructed by a person; † computed by wcc; – not rated. The sheets are protected without a "
                + "password.",
        };
        var next = PanelLayout.IdentityRows[^1].Row + 2;
        foreach (var note in notes)
        {
            data.Append(Row(next, Text("A", next, note, PanelWorkbookStyles.Body)));
            next++;
        }

        return data;
    }

    private static SheetData Measures(PanelSheetPlan plan, PanelSheetPage page)
    {
        var data = new SheetData();
        data.Append(Row(1, Text("A", 1, $"{page.Shape.Title} — {plan.Title}", PanelWorkbookStyles.Title)));
        data.Append(
            Row(
                2,
                Text(
                    "A",
                    2,
                    $"Panel rating: one of {string.Join(", ", page.Shape.Choices)}. Only the yellow cells can be "
                        + $"changed.",
                    PanelWorkbookStyles.Body
                )
            )
        );
        var header = Row(
            PanelLayout.HeaderRow,
            [
                .. PanelLayout.Headers.Select(
                    (h, i) => Text(Column(i), PanelLayout.HeaderRow, h, PanelWorkbookStyles.Header)
                ),
            ]
        );
        header.Height = 45;
        header.CustomHeight = true;
        data.Append(header);
        var row = PanelLayout.FirstRow;
        foreach (var m in page.Rows)
        {
            var panel =
                m.Panel is null ? Empty(PanelLayout.RatingColumn, row)
                : page.Shape.Levels ? Number(PanelLayout.RatingColumn, row, m.Panel)
                : Text(PanelLayout.RatingColumn, row, m.Panel, PanelWorkbookStyles.Editable);
            var rationale = m.Rationale is null
                ? Empty(PanelLayout.RationaleColumn, row)
                : Text(PanelLayout.RationaleColumn, row, m.Rationale, PanelWorkbookStyles.Editable);
            var cells = Row(
                row,
                Text("A", row, m.Measure, PanelWorkbookStyles.Wrapped),
                Text("B", row, m.Name, PanelWorkbookStyles.Wrapped),
                Text("C", row, m.Self, PanelWorkbookStyles.Wrapped),
                Text("D", row, m.Evidenced, PanelWorkbookStyles.Wrapped),
                Text("E", row, m.Lacks, PanelWorkbookStyles.Wrapped),
                Text("F", row, m.LastYear, PanelWorkbookStyles.Wrapped),
                Text("G", row, m.Recorded, PanelWorkbookStyles.Wrapped),
                panel,
                rationale
            );
            cells.Height = Height(m);
            cells.CustomHeight = true;
            data.Append(cells);
            row++;
        }

        return data;
    }

    /// <summary>
    /// Tall enough for the longest wrapped text of the row: a spreadsheet opened from a file does not always fit rows
    /// to their text, and a printed sheet would overlap them. About one character per width unit, 15 points a line.
    /// </summary>
    private static double Height(PanelSheetRow row)
    {
        var lines = new[] { (row.Name, Widths[1]), (row.Lacks, Widths[4]), (row.Rationale ?? "", Widths[8]) }.Max(t =>
            t.Item1.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(line.Length / (t.Item2 * 1.05))))
        );
        return Math.Min(409, 15 * Math.Max(1, lines) + 3);
    }

    /// <summary>The rating cells offer the choices as a list and refuse anything else.</summary>
    private static DataValidation Validation(PanelSheetPage page)
    {
        var lastRow = PanelLayout.FirstRow + page.Rows.Count - 1;
        var cells = $"{PanelLayout.RatingColumn}{PanelLayout.FirstRow}:{PanelLayout.RatingColumn}{lastRow}";
        var choices = string.Join(", ", page.Shape.Choices);
        return new DataValidation(new Formula1($"\"{string.Join(",", page.Shape.Choices)}\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            ErrorTitle = "Panel rating",
            Error = $"Choose one of {choices}.",
            PromptTitle = "Panel rating",
            Prompt = $"One of {choices}.",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = cells },
        };
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static Row Row(int row, params Cell[] cells) => new(cells) { RowIndex = (uint)row };

    private static Cell Text(string column, int row, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = $"{column}{row}",
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    private static Cell Number(string column, int row, string value) =>
        new(new CellValue(int.Parse(value, CultureInfo.InvariantCulture)))
        {
            CellReference = $"{column}{row}",
            StyleIndex = PanelWorkbookStyles.Editable,
        };

    private static Cell Empty(string column, int row) =>
        new() { CellReference = $"{column}{row}", StyleIndex = PanelWorkbookStyles.Editable };
}
