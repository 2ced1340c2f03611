using System.Globalization;
using System.Text.RegularExpressions;
using WccAssure.Core.Csv;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;

namespace WccAssure.Core.Benchmarks;

/// <summary>
/// A national indicator data set (CSV: organisation, indicator, period, value, optional numerator and
/// denominator) and optional ONS-cluster membership (CSV: organisation, cluster). Rows for organisation
/// <see cref="NationalCode"/> are the published figure for England, used as the national level instead of a
/// pooled one.
/// </summary>
public sealed partial record BenchmarkDataSet(
    string Name,
    IReadOnlyList<Observation> Observations,
    IReadOnlyDictionary<string, string> Clusters
)
{
    /// <summary>The ONS area code of England: a data set's row for the whole country, not an organisation.</summary>
    public const string NationalCode = "E92000001";

    /// <summary>The data set's CSV header, in order; the last two (numerator, denominator) may be left off.</summary>
    public static readonly string[] Columns =
    [
        "organisation",
        "indicator",
        "period",
        "value",
        "numerator",
        "denominator",
    ];

    /// <summary>The cluster membership CSV's header, in order.</summary>
    public static readonly string[] ClusterColumns = ["organisation", "cluster"];

    /// <summary>Whether cluster membership was given; without it the peer group is the organisation's SHA.</summary>
    public bool HasClusters => Clusters.Count > 0;

    /// <summary>
    /// Reads the data set at <paramref name="path"/> and, when given, the cluster membership at
    /// <paramref name="clustersPath"/>; null when either has an error, every one of them reported to
    /// <paramref name="findings"/>. A row repeated exactly is counted once, with a warning.
    /// </summary>
    public static BenchmarkDataSet? Load(string path, string? clustersPath, FindingSink findings)
    {
        var name = path.Replace('\\', '/');
        var (rows, width) = ReadTable(path, name, Columns, 4, findings);
        var observations = new List<Observation>();
        var seen = new Dictionary<(string, string, int), (Observation Row, int Line)>();
        foreach (var row in rows ?? [])
        {
            if (ParseRow(row, name, width, findings) is not { } observation)
            {
                continue;
            }

            var key = (observation.Organisation.ToUpperInvariant(), observation.Indicator, observation.Year);
            if (seen.TryGetValue(key, out var first))
            {
                // Two rows for one organisation, indicator and period: pooling both would count the place twice.
                var at = new SourceLocation(name, row.Line, 1);
                var what = $"{observation.Organisation} {observation.Indicator} {observation.Period}";
                if (first.Row with { Period = "" } == observation with { Period = "" })
                {
                    findings.Warning(at, $"{what} repeats line {first.Line}; counted once");
                }
                else
                {
                    findings.Error(
                        at,
                        $"{what} is given twice with different figures (line {first.Line} and here); keep the right one"
                    );
                }

                continue;
            }

            seen[key] = (observation, row.Line);
            observations.Add(observation);
        }

        var clusters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (clustersPath is not null)
        {
            var clusterName = clustersPath.Replace('\\', '/');
            foreach (var row in ReadTable(clustersPath, clusterName, ClusterColumns, 2, findings).Rows ?? [])
            {
                if (row.Count != 2 || row[0].Length == 0 || row[1].Length == 0)
                {
                    findings.Error(
                        new SourceLocation(clusterName, row.Line, 1),
                        $"expected an organisation code and a cluster name, found {row.Count} cell(s)"
                    );
                }
                else if (clusters.TryGetValue(row[0], out var other) && other != row[1])
                {
                    findings.Error(
                        new SourceLocation(clusterName, row.Line, row.Cells[1].Column),
                        $"{row[0]} is put in two clusters, '{other}' and '{row[1]}'"
                    );
                }
                else
                {
                    clusters[row[0]] = row[1];
                }
            }
        }

        return findings.HasErrors ? null : new BenchmarkDataSet(Path.GetFileName(path), observations, clusters);
    }

    /// <summary>
    /// One observation, or null with the reason a finding; <paramref name="width"/> is the header's column count.
    /// </summary>
    private static Observation? ParseRow(CsvRow row, string file, int width, FindingSink findings)
    {
        if (row.Count < 4 || row.Count > width)
        {
            var (column, message) = ColumnCountProblem(row, width);
            findings.Error(new SourceLocation(file, row.Line, column), message);
            return null;
        }

        var year = Periods.StartYear(row[2]);
        if (year is null)
        {
            findings.Error(
                new SourceLocation(file, row.Line, row.Cells[2].Column),
                $"period '{row[2]}' should start with a year"
            );
            return null;
        }

        double? Number(int index)
        {
            if (index >= row.Count || row[index].Length == 0)
            {
                return null;
            }

            if (
                double.TryParse(row[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value)
            )
            {
                return value;
            }

            findings.Error(
                new SourceLocation(file, row.Line, row.Cells[index].Column),
                $"'{Columns[index]}' should be a number, found '{row[index]}'"
            );
            return null;
        }

        var (value, numerator, denominator) = (Number(3), Number(4), Number(5));
        if ((row[4].Length == 0) != (row[5].Length == 0))
        {
            // "1,234" with the header's numerator column free reads as value 1 and numerator 234.
            var split = row[5].Length == 0 && LeadingGroup().IsMatch(row[3]) && ThousandsGroup().IsMatch(row[4]);
            findings.Error(
                new SourceLocation(
                    file,
                    row.Line,
                    row.Cells[
                        split ? 3
                        : row[4].Length == 0 ? 5
                        : 4
                    ].Column
                ),
                split
                    ? $"'{row[3]},{row[4]}' looks like one number with a thousands separator, read as value {row[3]} "
                        + $"and numerator {row[4]}; write {row[3]}{row[4]} (or quote it)"
                    : "a numerator and a denominator go together (the value pooled is their ratio); give both, or "
                        + "neither"
            );
            return null;
        }

        return new Observation(row[0], row[1], row[2], year.Value, value, numerator, denominator);
    }

    /// <summary>Names the likeliest cause of a wrong cell count: a number written with a thousands separator.</summary>
    private static (int Column, string Message) ColumnCountProblem(CsvRow row, int width)
    {
        for (var i = 3; i + 1 < row.Count; i++)
        {
            if (LeadingGroup().IsMatch(row[i]) && ThousandsGroup().IsMatch(row[i + 1]))
            {
                return (
                    row.Cells[i].Column,
                    $"'{row[i]},{row[i + 1]}' looks like one number with a thousands separator, which splits it into "
                        + $"two columns; write {row[i]}{row[i + 1]} (or quote it): this row has {row.Count} columns, "
                        + $"the header {width}"
                );
            }
        }

        return (
            row.Count > width ? row.Cells[width].Column : 1,
            $"expected 4 to {width} columns ({string.Join(",", Columns.Take(width))}, as the header names them), "
                + $"found {row.Count}"
        );
    }

    /// <summary>
    /// The data rows of a CSV whose header must name <paramref name="columns"/> in order (the trailing optional ones
    /// may be left off).
    /// </summary>
    private static (IEnumerable<CsvRow>? Rows, int Width) ReadTable(
        string path,
        string display,
        IReadOnlyList<string> columns,
        int required,
        FindingSink findings
    )
    {
        if (CsvFile.Read(path, display, findings) is not { } rows)
        {
            return (null, 0);
        }

        var header = rows.Count > 0 ? CsvFile.Names(rows[0]) : [];
        if (
            header.Count < required
            || header.Count > columns.Count
            || !header.SequenceEqual(columns.Take(header.Count))
        )
        {
            var optional = columns.Count - required;
            findings.Error(
                SourceLocation.StartOf(display),
                $"the header should be {string.Join(",", columns)}"
                    + (optional > 0 ? $" (the last {optional} optional)" : "")
            );
            return (null, 0);
        }

        return (rows.Skip(1), header.Count);
    }

    [GeneratedRegex(@"^-?\d{1,3}$")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex(@"^\d{3}(\.\d+)?$")]
    private static partial Regex ThousandsGroup();
}
