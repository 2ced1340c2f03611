using System.Text;

namespace WccAssure.Reporting.Rendering;

/// <summary>CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and no cell can start a formula.</summary>
public static class Csv
{
    /// <summary>One record: the cells made safe by <see cref="Cell"/>, joined by commas, ending in CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    /// <summary>
    /// One cell: hidden control and directional characters made visible, an apostrophe before text a spreadsheet
    /// would run as a formula (a number such as -3 stays a number), quoted when it holds a comma, quote or line break.
    /// </summary>
    public static string Cell(string text)
    {
        var value = Core.Text.VisibleText.ForReport(text);
        // A leading =, +, -, @, tab or carriage return makes spreadsheets evaluate the cell (CSV injection).
        var safe =
            value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value)
                ? "'" + value
                : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    private static bool IsNumber(string value) =>
        double.TryParse(
            value,
            System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture,
            out _
        );

    /// <summary>A whole file: each row, header first if there is one, as a <see cref="Line"/>.</summary>
    public static string Join(IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(Line(row));
        }

        return text.ToString();
    }
}
