namespace WccAssure.Core.Panel;

/// <summary>
/// A workbook as text: each sheet's name (in the workbook's order) and the text of its cells by reference ("G4"),
/// numbers as they are stored ("3"). Cells holding a formula are listed apart: the panel types values, not formulas.
/// </summary>
public sealed record WorkbookCells(string File, IReadOnlyList<SheetCells> Sheets)
{
    public SheetCells? Sheet(string name) => Sheets.FirstOrDefault(s => s.Name == name);
}

public sealed record SheetCells(string Name, IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> Formulas)
{
    /// <summary>The cell's text with Windows line breaks as \n and trailing spaces trimmed; "" when empty.</summary>
    public string Text(string reference) =>
        Values.TryGetValue(reference, out var value) ? value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() : "";
}
