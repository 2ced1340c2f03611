using System.Globalization;
using System.Text;
using ExcelDataReader;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Csv;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Tests;

/// <summary>
/// Turns the ONS workbook (Table 2: one-year net survival index, all adults, by PCT, 1996–2010) into the tool's
/// benchmark data set format. The PCTs are named, not coded, in the workbook; the names are looked up, exactly, in
/// the mapping CSV shipped beside it, which writes down every exception. Any unmapped name fails the conversion.
/// </summary>
internal static class OnsCancerSurvivalConversion
{
    public const string Indicator = "cancer-survival-one-year";
    public const string Folder = "seeds/benchmarks";
    public const string Workbook = "ons-cancer-survival-index-pct-1996-2010.xls";
    public const string Mapping = "ons-cancer-survival-pct-names.csv";
    public const string DataSet = "ons-cancer-survival-index-pct-1996-2010.csv";
    private const string Sheet = "Table 2";

    /// <summary>The source rows as (region, name, year → value), read with ExcelDataReader.</summary>
    public static IReadOnlyList<(string Region, string Name, IReadOnlyDictionary<int, double> Values)> ReadWorkbook(
        string path
    )
    {
        // .xls (BIFF8) text is in Windows code pages, which .NET Core leaves out unless registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        while (reader.Name.Trim() != Sheet)
        {
            Assert.True(reader.NextResult(), $"no sheet '{Sheet}' in {path}");
        }

        var rows = new List<(string, string, IReadOnlyDictionary<int, double>)>();
        Dictionary<int, int>? years = null; // column → year
        var region = "";
        while (reader.Read())
        {
            string Text(int i) =>
                i < reader.FieldCount
                    ? System.Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? ""
                    : "";
            if (years is null)
            {
                if (Text(0) == "Region" && Text(1) == "Primary Care Trust")
                {
                    years = Enumerable
                        .Range(2, reader.FieldCount - 2)
                        .Where(i => reader.GetValue(i) is double)
                        .ToDictionary(i => i, i => (int)(double)reader.GetValue(i));
                }

                continue;
            }

            var (first, name) = (Text(0), Text(1));
            if (first.Length == 0 && name.Length == 0)
            {
                break; // the footnotes follow the first blank row
            }

            var values = years
                .Where(y => reader.GetValue(y.Key) is double)
                .ToDictionary(y => y.Value, y => (double)reader.GetValue(y.Key));
            if (name.Length == 0 && values.Count == 0)
            {
                region = first; // a region heading
                continue;
            }

            // The national row has its name in the region column.
            rows.Add(name.Length == 0 ? (first, first, values) : (region, name, values));
        }

        return rows;
    }

    /// <summary>The shipped mapping: (source region, source name) → code.</summary>
    public static IReadOnlyDictionary<(string Region, string Name), string> ReadMapping(string path)
    {
        var rows = CsvFile.Read(path, Mapping, new FindingSink())!;
        Assert.Equal(["source_region", "source_name", "code", "register_name", "note"], CsvFile.Names(rows[0]));
        return rows.Skip(1).ToDictionary(r => (r[0], r[1]), r => r[2]);
    }

    /// <summary>The data set CSV, rows ordered by code then year; values exactly as the workbook holds them.</summary>
    public static string ToDataSet(string workbook, string mapping)
    {
        var codes = ReadMapping(mapping);
        var lines = new List<(string Code, int Year, double Value)>();
        foreach (var (region, name, values) in ReadWorkbook(workbook))
        {
            Assert.True(codes.TryGetValue((region, name), out var code), $"'{name}' ({region}) is not in {Mapping}");
            lines.AddRange(values.Select(v => (code!, v.Key, v.Value)));
        }

        var csv = new StringBuilder(string.Join(",", BenchmarkDataSet.Columns.Take(4)) + "\n");
        foreach (var (code, year, value) in lines.OrderBy(l => l.Code, StringComparer.Ordinal).ThenBy(l => l.Year))
        {
            csv.Append(
                CultureInfo.InvariantCulture,
                $"{code},{Indicator},{year},{value.ToString("R", CultureInfo.InvariantCulture)}\n"
            );
        }

        return csv.ToString();
    }
}
