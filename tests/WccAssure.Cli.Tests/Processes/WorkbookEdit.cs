using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Edits a workbook with the Open XML SDK as a person's spreadsheet program saves it: text typed into a cell goes to
/// the shared string table, a number typed is stored as a number, sheets are added or removed by their entries.
/// </summary>
internal sealed class WorkbookEdit : IDisposable
{
    private readonly SpreadsheetDocument document;

    public WorkbookEdit(string path) => document = SpreadsheetDocument.Open(path, true);

    private WorkbookPart Book => document.WorkbookPart!;

    public WorkbookEdit Number(string sheet, string reference, double value)
    {
        var cell = Cell(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = null;
        cell.CellValue = new CellValue(value);
        return this;
    }

    public WorkbookEdit Typed(string sheet, string reference, string text)
    {
        var table = (Book.SharedStringTablePart ?? Book.AddNewPart<SharedStringTablePart>()).SharedStringTable ??=
            new SharedStringTable();
        table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        var cell = Cell(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(table.ChildElements.Count - 1);
        return this;
    }

    public WorkbookEdit Cleared(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = null;
        return this;
    }

    public WorkbookEdit Renamed(string sheet, string name)
    {
        Entry(sheet).Name = name;
        return this;
    }

    public WorkbookEdit Removed(string sheet)
    {
        var entry = Entry(sheet);
        Book.DeletePart(entry.Id!.Value!);
        entry.Remove();
        return this;
    }

    public WorkbookEdit Added(string name)
    {
        var part = Book.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData());
        var sheets = Book.Workbook.Sheets!;
        sheets.Append(
            new Sheet
            {
                Name = name,
                Id = Book.GetIdOfPart(part),
                SheetId = (uint)sheets.ChildElements.Count + 1,
            }
        );
        return this;
    }

    public void Dispose() => document.Dispose();

    private Sheet Entry(string name) => Book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);

    /// <summary>
    /// The cell at the reference, made where the sheet has none (a row below the last, a column beyond).
    /// </summary>
    private Cell Cell(string sheet, string reference)
    {
        var part = (WorksheetPart)Book.GetPartById(Entry(sheet).Id!.Value!);
        var data = part.Worksheet!.GetFirstChild<SheetData>()!;
        var number = uint.Parse(
            reference.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()),
            System.Globalization.CultureInfo.InvariantCulture
        );
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == number);
        if (row is null)
        {
            row = new Row { RowIndex = number };
            data.Append(row);
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            row.Append(cell);
        }

        return cell;
    }
}
