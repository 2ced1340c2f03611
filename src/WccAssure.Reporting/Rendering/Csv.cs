using System.Buffers;
using System.Text;

namespace WccAssure.Reporting.Rendering;

/// <summary>CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and no cell can start a formula.</summary>
internal static class Csv
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\n\r");

    /// <summary>One record: the cells made safe by <see cref="Cell"/>, joined by commas, ending in CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => AppendLine(new StringBuilder(), cells).ToString();

    /// <summary>
    /// One cell: hidden control and directional characters made visible, an apostrophe before text a spreadsheet
    /// would run as a formula (a number such as -3 stays a number), quoted when it holds a comma, quote or line break.
    /// </summary>
    public static string Cell(string text) => AppendCell(new StringBuilder(), text).ToString();

    /// <summary>
    /// A whole file: each row, header first if there is one, as a <see cref="Line"/>. Every cell is written straight
    /// into the one text: a string per cell and per line was most of a report scorecard's cost.
    /// </summary>
    public static string Join(IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        return text.ToString();
    }

    private static StringBuilder AppendLine(StringBuilder text, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            AppendCell(text, cell);
            first = false;
        }

        return text.Append("\r\n");
    }

    private static StringBuilder AppendCell(StringBuilder text, string cell)
    {
        var value = Core.Text.VisibleText.ForReport(cell);
        // A leading =, +, -, @, tab or carriage return makes spreadsheets evaluate the cell (CSV injection).
        var prefix = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value);
        var quoted = value.AsSpan().ContainsAny(NeedsQuotes);
        if (!quoted)
        {
            return (prefix ? text.Append('\'') : text).Append(value);
        }

        text.Append('"');
        if (prefix)
        {
            text.Append('\'');
        }

        foreach (var c in value)
        {
            // A quote inside a quoted cell is written twice.
            text.Append(c);
            if (c == '"')
            {
                text.Append('"');
            }
        }

        return text.Append('"');
    }

    private static bool IsNumber(string value) =>
        double.TryParse(
            value,
            System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture,
            out _
        );
}
