using System.Globalization;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// A national indicator data set (CSV: organisation, indicator, period, value, optional numerator and
/// denominator) and optional ONS-cluster membership (CSV: organisation, cluster).
/// </summary>
public sealed record BenchmarkDataSet(string Name, IReadOnlyList<Observation> Observations, IReadOnlyDictionary<string, string> Clusters)
{
    public static readonly string[] Columns = ["organisation", "indicator", "period", "value", "numerator", "denominator"];

    public static readonly string[] ClusterColumns = ["organisation", "cluster"];

    public static BenchmarkDataSet? Load(string path, string? clustersPath, FindingSink findings)
    {
        var name = path.Replace('\\', '/');
        var rows = ReadCsv(path, name, Columns, findings);
        if (rows is null)
        {
            return null;
        }

        var observations = new List<Observation>();
        foreach (var (line, cells) in rows)
        {
            if (ParseRow(cells, name, line, findings) is { } observation)
            {
                observations.Add(observation);
            }
        }

        var clusters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (clustersPath is not null && ReadCsv(clustersPath, clustersPath.Replace('\\', '/'), ClusterColumns, findings) is { } clusterRows)
        {
            foreach (var (_, cells) in clusterRows.Where(r => r.Cells.Length >= 2))
            {
                clusters[cells[0]] = cells[1];
            }
        }

        return findings.HasErrors ? null : new BenchmarkDataSet(Path.GetFileName(path), observations, clusters);
    }

    private static Observation? ParseRow(string[] cells, string file, int line, FindingSink findings)
    {
        if (cells.Length < 4)
        {
            findings.Error(new SourceLocation(file, line, 1), $"expected at least 4 columns ({string.Join(", ", Columns[..4])}), found {cells.Length}");
            return null;
        }

        var year = Periods.StartYear(cells[2]);
        if (year is null)
        {
            findings.Error(new SourceLocation(file, line, Column(cells, 2)), $"period '{cells[2]}' should start with a year");
            return null;
        }

        double? Number(int index)
        {
            if (index >= cells.Length || cells[index].Length == 0)
            {
                return null;
            }

            if (double.TryParse(cells[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            findings.Error(new SourceLocation(file, line, Column(cells, index)), $"'{Columns[index]}' should be a number, found '{cells[index]}'");
            return null;
        }

        return new Observation(cells[0], cells[1], cells[2], year.Value, Number(3), Number(4), Number(5));
    }

    /// <summary>The 1-based column where a cell starts, assuming unquoted cells (data sets are numeric).</summary>
    private static int Column(string[] cells, int index) => cells.Take(index).Sum(c => c.Length + 1) + 1;

    private static List<(int Line, string[] Cells)>? ReadCsv(string path, string display, IReadOnlyList<string> columns, FindingSink findings)
    {
        if (!File.Exists(path))
        {
            findings.Error(SourceLocation.StartOf(display), "file not found");
            return null;
        }

        // The optional columns may be left off the end; the ones present must be named in order.
        var header = CsvReader.Split(File.ReadLines(path).FirstOrDefault() ?? "").Select(h => h.ToLowerInvariant()).ToList();
        var required = columns.Count == Columns.Length ? 4 : columns.Count;
        if (header.Count < required || header.Count > columns.Count || !header.SequenceEqual(columns.Take(header.Count)))
        {
            findings.Error(SourceLocation.StartOf(display), $"the header should be {string.Join(",", columns)} (the last {columns.Count - required} optional)");
            return null;
        }

        return [.. CsvReader.Rows(path)];
    }
}
