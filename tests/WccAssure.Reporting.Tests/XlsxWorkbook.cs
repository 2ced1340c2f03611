using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ExcelDataReader;

namespace WccAssure.Reporting.Tests;

/// <summary>The style of one cell as the package's styles part records it.</summary>
internal sealed record XlsxStyle(
    string NumberFormat,
    string? Fill,
    string? Ink,
    bool Bold,
    bool Wrap,
    string? Vertical
);

/// <summary>
/// A workbook read back for tests two ways: the values through ExcelDataReader (an independent reader, which also
/// proves the package opens), and what a reader of values cannot see (cell types, styles, frozen panes, the
/// filter) straight from the package's XML parts.
/// </summary>
internal sealed class XlsxWorkbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships =
        "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, List<object?[]>> _values = [];
    private readonly Dictionary<string, XDocument> _sheets = [];
    private readonly XDocument _styles;

    public XlsxWorkbook(byte[] bytes)
    {
        ReadValues(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument Part(string name) =>
            XDocument.Load(zip.GetEntry(name)?.Open() ?? throw new InvalidDataException($"no part {name}"));
        var targets = Part("xl/_rels/workbook.xml.rels")
            .Root!.Elements(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => ((string)r.Attribute("Target")!).TrimStart('/'));
        foreach (var sheet in Part("xl/workbook.xml").Descendants(Main + "sheet"))
        {
            var target = targets[(string)sheet.Attribute(Relationships + "id")!];
            SheetNames.Add((string)sheet.Attribute("name")!);
            _sheets[(string)sheet.Attribute("name")!] = Part(
                target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target
            );
        }

        _styles = Part("xl/styles.xml");
        CoreProperties = Part("docProps/core.xml");
    }

    public List<string> SheetNames { get; } = [];

    /// <summary>A sheet's XML part, for what no reader of values shows (protection, validation lists).</summary>
    public XDocument SheetXml(string sheet) => _sheets[sheet];

    /// <summary>
    /// Whether the cell's style leaves it unlocked when the sheet is protected (cells are locked unless told).
    /// </summary>
    public bool Unlocked(string sheet, int row, int column)
    {
        var index = (int?)Cell(sheet, row, column)?.Attribute("s") ?? 0;
        var xf = _styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(index);
        return (string?)xf.Element(Main + "protection")?.Attribute("locked") is "0" or "false";
    }

    public XDocument CoreProperties { get; }

    /// <summary>
    /// A sheet's rows as ExcelDataReader gives them: numbers as double, text as string, empty as null.
    /// </summary>
    public IReadOnlyList<object?[]> Rows(string sheet) => _values[sheet];

    /// <summary>The 1-based number of the row whose first cell is <paramref name="first"/>.</summary>
    public int RowOf(string sheet, Func<string, bool> first) =>
        _values[sheet].FindIndex(r => r.Length > 0 && r[0] is string s && first(s)) + 1;

    public object? Value(string sheet, int row, int column) => _values[sheet][row - 1].ElementAtOrDefault(column - 1);

    /// <summary>
    /// The cell element at a 1-based row and column: its position is its reference, or its order in the row.
    /// </summary>
    public XElement? Cell(string sheet, int row, int column)
    {
        var rows = _sheets[sheet].Descendants(Main + "row").ToList();
        var element = rows.FirstOrDefault(r => (int?)r.Attribute("r") == row)
            ?? (rows.All(r => r.Attribute("r") is null) ? rows.ElementAtOrDefault(row - 1) : null);
        return element?.Elements(Main + "c").ElementAtOrDefault(column - 1);
    }

    public XlsxStyle Style(string sheet, int row, int column)
    {
        var index = (int?)Cell(sheet, row, column)?.Attribute("s") ?? 0;
        var xf = _styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(index);
        var formatId = (int?)xf.Attribute("numFmtId") ?? 0;
        var format =
            formatId == 0
                ? "General"
                : (string?)
                    _styles
                        .Descendants(Main + "numFmt")
                        .SingleOrDefault(f => (int)f.Attribute("numFmtId")! == formatId)
                        ?.Attribute("formatCode")
                    ?? $"built-in {formatId}";
        var fill = _styles
            .Descendants(Main + "fills")
            .Single()
            .Elements(Main + "fill")
            .ElementAt((int?)xf.Attribute("fillId") ?? 0);
        var font = _styles
            .Descendants(Main + "fonts")
            .Single()
            .Elements(Main + "font")
            .ElementAt((int?)xf.Attribute("fontId") ?? 0);
        var alignment = xf.Element(Main + "alignment");
        return new XlsxStyle(
            format,
            (string?)fill.Descendants(Main + "fgColor").FirstOrDefault()?.Attribute("rgb"),
            (string?)font.Element(Main + "color")?.Attribute("rgb"),
            font.Element(Main + "b") is { } b && (string?)b.Attribute("val") is null or "1" or "true",
            (string?)alignment?.Attribute("wrapText") is "1" or "true",
            (string?)alignment?.Attribute("vertical")
        );
    }

    /// <summary>The frozen pane's split: rows above it and columns left of it.</summary>
    public (int Rows, int Columns) Frozen(string sheet)
    {
        var pane = _sheets[sheet]
            .Descendants(Main + "pane")
            .SingleOrDefault(p => (string?)p.Attribute("state") == "frozen");
        return ((int?)pane?.Attribute("ySplit") ?? 0, (int?)pane?.Attribute("xSplit") ?? 0);
    }

    public string? AutoFilter(string sheet) =>
        (string?)_sheets[sheet].Descendants(Main + "autoFilter").SingleOrDefault()?.Attribute("ref");

    /// <summary>A column's set width, from the sheet's column definitions.</summary>
    public double? Width(string sheet, int column) =>
        (double?)
            _sheets[sheet]
                .Descendants(Main + "col")
                .FirstOrDefault(c => (int)c.Attribute("min")! <= column && column <= (int)c.Attribute("max")!)
                ?.Attribute("width");

    private void ReadValues(byte[] bytes)
    {
        // ExcelDataReader decodes through code pages, which .NET Core leaves out unless registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add([
                    .. Enumerable
                        .Range(0, reader.FieldCount)
                        .Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)),
                ]);
            }

            _values[reader.Name] = rows;
        } while (reader.NextResult());
    }
}
