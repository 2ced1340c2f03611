using SpreadCheetah;
using SpreadCheetah.Worksheets;
using WccAssure.Core.Comparison;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The top of every comparison sheet: the title, the notices (synthetic rows, replaced rows), a blank row and the
/// header. The writer streams rows and needs the frozen panes and the filter range before the first row, so the
/// caller says how many data rows will follow.
/// </summary>
internal static class WorkbookSheet
{
    public static async ValueTask<SheetFilter> StartAsync(
        Spreadsheet book,
        WorkbookStyles styles,
        ComparisonPack pack,
        string name,
        string section,
        IReadOnlyList<SheetColumn> columns,
        int rows,
        int frozenColumns = 0
    )
    {
        var notices = Notices(pack);
        var header = notices.Count + 3; // the title, the notices, a blank row, then the header
        var last = SpreadsheetUtility.GetColumnName(columns.Count);
        await book.StartWorksheetAsync(
            name,
            Options(columns, $"A{header}:{last}{header + rows}", header, frozenColumns)
        );
        await book.AddRowAsync([
            new Cell(
                $"{section}: World Class Commissioning comparison "
                    + $"{pack.Year.Replace('-', '/')}{(pack.Sha is null ? "" : $", {pack.Sha}")}",
                styles.Title
            ),
        ]);
        foreach (var (text, synthetic) in notices)
        {
            await book.AddRowAsync([synthetic ? new Cell(text, styles.Notice) : new Cell(text)]);
        }

        await book.AddRowAsync(Array.Empty<Cell>());
        await book.AddRowAsync([.. columns.Select(c => new Cell(c.Header, styles.Header))]);
        return new SheetFilter(name, $"$A${header}:${last}${header + rows}");
    }

    private static List<(string Text, bool Synthetic)> Notices(ComparisonPack pack)
    {
        var notices = new List<(string, bool)>();
        if (pack.IncludesSynthetic)
        {
            notices.Add(
                (
                    "This workbook includes SYNTHETIC assessments generated for demonstration: rows marked synthetic "
                        + "are not real organisations' results.",
                    true
                )
            );
        }

        if (pack.Replaced.Count > 0)
        {
            notices.Add(
                (
                    "Real assessments replaced the synthetic rows of "
                        + string.Join(
                            ", ",
                            pack.Replaced.Select(r =>
                                $"{r.Code} {r.Year} ({ShownFolder.Of(r.SyntheticFolder, pack.ShownFrom)} → "
                                + $"{ShownFolder.Of(r.RealFolder, pack.ShownFrom)})"
                            )
                        )
                        + ".",
                    false
                )
            );
        }

        return notices;
    }

    /// <summary>
    /// Set widths (text is not measured), the header frozen, and a filter over the header and the data only, so
    /// the notices above it never sort into the rows.
    /// </summary>
    private static WorksheetOptions Options(
        IReadOnlyList<SheetColumn> columns,
        string filter,
        int header,
        int frozenColumns
    )
    {
        var options = new WorksheetOptions
        {
            FrozenRows = header,
            FrozenColumns = frozenColumns > 0 ? frozenColumns : null,
            AutoFilter = new AutoFilterOptions(filter),
        };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = columns[c].Width;
        }

        return options;
    }
}
