using nietras.SeparatedValues;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Csv;

/// <summary>
/// Reads every CSV the tool accepts (data sets, cluster membership, the organisation register) through Sep, an
/// RFC 4180 parser: quoted cells may hold commas, doubled quotes and line breaks. The reader adds what a parser
/// does not: a size cap decided before opening, strict UTF-8, and the line and column where each cell starts so
/// that every finding about a cell can point at it.
/// </summary>
internal static class CsvFile
{
    /// <summary>A national data set of 152 organisations × 30 indicators × 15 years is under 5 MB; far more is a mistake.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>All records, the header included, or null when the file cannot be read (the reason is a finding).</summary>
    public static IReadOnlyList<CsvRow>? Read(string path, string displayName, FindingSink findings, long maxBytes = MaxBytes)
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
            findings.Error(start, $"file is {info.Length / 1024.0 / 1024.0:0.0} MB; the limit for a CSV file is {maxBytes / 1024 / 1024} MB");
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
            findings.Error(start, "cannot read the file: " + (e is UnauthorizedAccessException ? "permission denied" : e.Message));
            return null;
        }

        return YamlFileReader.DecodeUtf8(bytes, displayName, findings) is { } text ? Parse(text, displayName, findings) : null;
    }

    /// <summary>Parses CSV text already in memory; blank lines are skipped.</summary>
    public static IReadOnlyList<CsvRow>? Parse(string text, string displayName, FindingSink findings)
    {
        if (UnclosedQuote(text) is { } open)
        {
            findings.Error(new SourceLocation(displayName, open.Line, open.Column), "a quoted cell is never closed: a \" opens here and the file ends inside it");
            return null;
        }

        var rows = new List<CsvRow>();
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All }).FromText(text);
        foreach (var row in reader)
        {
            var span = row.Span;
            if (span.IsWhiteSpace())
            {
                continue;
            }

            var starts = CellStarts(span, row.LineNumberFrom);
            var cells = new CsvCell[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var (line, column) = i < starts.Count ? starts[i] : starts[^1];
                cells[i] = new CsvCell(row[i].ToString(), line, column);
            }

            rows.Add(new CsvRow(row.LineNumberFrom, cells));
        }

        return rows;
    }

    /// <summary>The line and column where each cell of a raw record starts (quotes may hold separators and line breaks).</summary>
    private static List<(int Line, int Column)> CellStarts(ReadOnlySpan<char> raw, int firstLine)
    {
        var starts = new List<(int, int)> { (firstLine, 1) };
        int line = firstLine, column = 1;
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

    /// <summary>Where a quote opens that never closes, if one does: Sep would read the rest of the file as one cell.</summary>
    private static (int Line, int Column)? UnclosedQuote(string text)
    {
        int line = 1, column = 1;
        (int, int)? open = null;
        foreach (var c in text)
        {
            if (c == '"')
            {
                open = open is null ? (line, column) : null;
            }
            else if (c == '\n')
            {
                (line, column) = (line + 1, 0);
            }

            column++;
        }

        return open;
    }

    /// <summary>The header's names, lower case, for matching expected columns.</summary>
    public static IReadOnlyList<string> Names(CsvRow header) => [.. header.Cells.Select(c => c.Text.ToLowerInvariant())];
}
