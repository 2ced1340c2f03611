using nietras.SeparatedValues;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Csv;

/// <summary>
/// Reads every CSV the tool accepts (data sets, cluster membership, the organisation register) through Sep, an
/// RFC 4180 parser: quoted cells may hold commas and doubled quotes. The reader adds what a parser does not: a size
/// cap decided before opening, strict UTF-8, a finding for a cell that spans lines (none of this data has one), and
/// the line and column where each cell starts so that every finding about a cell can point at it.
/// </summary>
internal static class CsvFile
{
    /// <summary>
    /// A national data set of 152 organisations × 30 indicators × 15 years is under 5 MB; far more is a mistake.
    /// </summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// All records, the header included, or null when the file cannot be read (the reason is a finding).
    /// </summary>
    public static IReadOnlyList<CsvRow>? Read(
        string path,
        string displayName,
        FindingSink findings,
        long maxBytes = MaxBytes
    )
    {
        var start = SourceLocation.StartOf(displayName);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            findings.Error(start, Directory.Exists(path) ? "is a folder, not a CSV file" : "file not found");
            return null;
        }

        if (info.Length > maxBytes)
        {
            findings.Error(
                start,
                $"file is {info.Length / 1024.0 / 1024.0:0.0} MB; the limit for a CSV file is "
                    + $"{maxBytes / 1024 / 1024} MB"
            );
            return null;
        }

        // Decided from the directory entry, without opening: a named pipe or a device reports size 0, and opening
        // one would wait for ever for a writer.
        if (info.Length == 0)
        {
            findings.Error(start, "the file is empty, or is not a regular file (a named pipe or a device)");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            findings.Error(
                start,
                "cannot read the file: " + (e is UnauthorizedAccessException ? "permission denied" : e.Message)
            );
            return null;
        }

        return YamlFileReader.DecodeUtf8(bytes, displayName, findings) is { } text
            ? Parse(text, displayName, findings)
            : null;
    }

    /// <summary>
    /// Parses CSV text already in memory; blank lines are skipped. No cell of the data this tool reads spans lines,
    /// so each line is a record: a line whose quotes do not close is one located finding and is left out, and the
    /// lines before and after it are still read and checked (Sep alone would read the rest of the file as one cell).
    /// </summary>
    public static IReadOnlyList<CsvRow>? Parse(string text, string displayName, FindingSink findings)
    {
        text = WithoutUnclosedLines(text, displayName, findings);
        var rows = new List<CsvRow>();
        using var reader = Sep.New(',')
            .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All })
            .FromText(text);
        foreach (var row in reader)
        {
            var span = row.Span;
            if (span.IsWhiteSpace())
            {
                continue;
            }

            var starts = CellStarts(span, row.LineNumberFrom);
            var cells = new CsvCell[row.ColCount];
            var broken = false;
            for (var i = 0; i < cells.Length; i++)
            {
                var (line, column) = i < starts.Count ? starts[i] : starts[^1];
                cells[i] = new CsvCell(row[i].ToString(), line, column);
                if (cells[i].Text.AsSpan().IndexOfAny('\r', '\n') >= 0)
                {
                    // A lone carriage return inside quotes: "5PK\r" must not be taken as the code 5PK.
                    findings.Error(
                        new SourceLocation(displayName, line, column),
                        "this cell holds a line break; a code, name or number is on one line"
                    );
                    broken = true;
                }
            }

            if (!broken)
            {
                rows.Add(new CsvRow(row.LineNumberFrom, cells));
            }
        }

        return rows;
    }

    /// <summary>
    /// The line and column where each cell of a raw record starts (quotes may hold separators and line breaks).
    /// </summary>
    private static List<(int Line, int Column)> CellStarts(ReadOnlySpan<char> raw, int firstLine)
    {
        var starts = new List<(int, int)> { (firstLine, 1) };
        int line = firstLine,
            column = 1;
        var quoted = false;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                starts.Add((line, column + 1));
            }
            else if (c == '\n')
            {
                (line, column) = (line + 1, 0);
            }

            column++;
        }

        return starts;
    }

    /// <summary>
    /// The text with every line whose quotes do not close blanked (so line numbers stay true), each named where its
    /// last quote opens: a quoted cell holding a line break, or a stray quote.
    /// </summary>
    private static string WithoutUnclosedLines(string text, string displayName, FindingSink findings)
    {
        if (!text.Contains('"'))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            int? open = null;
            for (var c = 0; c < lines[i].Length; c++)
            {
                if (lines[i][c] == '"')
                {
                    open = open is null ? c : null;
                }
            }

            if (open is { } column)
            {
                findings.Error(
                    new SourceLocation(displayName, i + 1, column + 1),
                    "a quoted cell is not closed on its line: a \" opens here; a cell cannot hold a line break, so "
                        + "close the quote or join the lines (a quote inside a quoted cell is written twice: \"\")"
                );
                lines[i] = "";
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The header's names, lower case, for matching expected columns.</summary>
    public static IReadOnlyList<string> Names(CsvRow header) =>
        [.. header.Cells.Select(c => c.Text.ToLowerInvariant())];
}
