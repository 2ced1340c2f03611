namespace WccAssure.Core.Csv;

/// <summary>
/// One record of a CSV file; a quoted cell may span several lines, so the record starts at <see cref="Line"/>.
/// </summary>
internal sealed record CsvRow(int Line, IReadOnlyList<CsvCell> Cells)
{
    public int Count => Cells.Count;

    public string this[int index] => index < Cells.Count ? Cells[index].Text : "";
}
