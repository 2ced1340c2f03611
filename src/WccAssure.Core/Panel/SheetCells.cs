namespace WccAssure.Core.Panel;

public sealed record SheetCells(string Name, IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> Formulas)
{
    /// <summary>The cell's text with Windows line breaks as \n and trailing spaces trimmed; "" when empty.</summary>
    public string Text(string reference) =>
        Values.TryGetValue(reference, out var value)
            ? value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()
            : "";
}
