namespace WccAssure.Core.Panel;

/// <summary>
/// A workbook as text: each sheet's name (in the workbook's order) and the text of its cells by reference ("G4"),
/// numbers as they are stored ("3"). Cells holding a formula are listed apart: the panel types values, not formulas.
/// </summary>
public sealed record WorkbookCells(string File, IReadOnlyList<SheetCells> Sheets)
{
    /// <summary>The sheet named <paramref name="name"/> (exactly), or null when the workbook has none.</summary>
    public SheetCells? Sheet(string name) => Sheets.FirstOrDefault(s => s.Name == name);
}
