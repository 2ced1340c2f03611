namespace WccAssure.Core.Csv;

/// <summary>One cell of a CSV file: its text (unquoted, trimmed) and where it starts, 1-based.</summary>
internal readonly record struct CsvCell(string Text, int Line, int Column);
