namespace WccAssure.Core.Panel;

/// <summary>One sheet of a workbook read as text.</summary>
/// <param name="Name">The sheet's name as its tab shows it.</param>
/// <param name="Values">The text of each cell that has one, by reference ("H4"); numbers as stored ("3").</param>
/// <param name="Formulas">The references of the cells holding a formula.</param>
public sealed record SheetCells(string Name, IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> Formulas)
{
    /// <summary>The cell's text with Windows line breaks as \n and trailing spaces trimmed; "" when empty.</summary>
    public string Text(string reference) =>
        Values.TryGetValue(reference, out var value)
            ? value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()
            : "";
}
