using System.Text;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// A small RFC 4180 reader (commas, double quotes, doubled quotes inside quotes). National data sets run to
/// tens of thousands of rows, and the VB TextFieldParser took a noticeable share of a national run.
/// </summary>
public static class CsvReader
{
    /// <summary>The rows after the header, each with its 1-based line number; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Rows(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1 || text.Length == 0)
            {
                continue;
            }

            yield return (line, Split(text));
        }
    }

    public static string[] Split(string text)
    {
        if (!text.Contains('"', StringComparison.Ordinal))
        {
            return [.. text.Split(',').Select(c => c.Trim())];
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return [.. cells];
    }
}
