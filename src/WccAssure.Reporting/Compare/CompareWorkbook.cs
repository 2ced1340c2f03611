using SpreadCheetah;
using SpreadCheetah.Metadata;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The pack as a workbook an analyst can use: one sheet per section (league, distribution, calibration, movement,
/// a sheet per measure family with a column per year, outcome benchmarks, outcome rates), each with its title and the
/// synthetic notice above the header (where sorting cannot reach it), headers in words, an auto-filter, a frozen
/// header, and numbers stored as numbers with formats. Unknown values are left empty, never 0; text is always stored as
/// text, never as a formula, whatever it starts with.
/// </summary>
/// <remarks>
/// Written with SpreadCheetah, a streaming writer: rows go straight to the package as XML, with no object model
/// to build and no generic-heavy code for the JIT to compile at run time.
/// </remarks>
internal static class CompareWorkbook
{
    /// <summary>
    /// The writer's API is asynchronous only; here it writes to a memory stream, so every step completes at once
    /// and waiting on it blocks nothing (there is no real I/O and no synchronisation context to deadlock).
    /// </summary>
    public static byte[] Build(ComparisonPack pack) => BuildAsync(pack).AsTask().GetAwaiter().GetResult();

    private static async ValueTask<byte[]> BuildAsync(ComparisonPack pack)
    {
        var title = "WCC comparison " + pack.Year;
        using var stream = new MemoryStream();
        var filters = new List<SheetFilter>();
        // No dates are written, so no date format: each style would otherwise get a date twin in the styles part.
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Title = title },
            DefaultDateTimeFormat = null,
        };
        await using (var book = await Spreadsheet.CreateNewAsync(stream, options))
        {
            var styles = new WorkbookStyles(book);
            filters.Add(await League(book, styles, pack));
            filters.Add(await Distribution(book, styles, pack));
            filters.Add(await Calibration(book, styles, pack));
            filters.Add(await Movement(book, styles, pack));
            filters.AddRange(await WorkbookYears.AddAsync(book, styles, pack));
            filters.Add(await Benchmarks(book, styles, pack));
            filters.Add(await Rates(book, styles, pack));
            await book.FinishAsync();
        }

        WorkbookStamp.Apply(stream, title, filters);
        return stream.ToArray();
    }

    private static async ValueTask<SheetFilter> League(Spreadsheet book, WorkbookStyles styles, ComparisonPack pack)
    {
        var columns = new List<SheetColumn>
        {
            new("National rank", 9),
            new("Rank in SHA", 8),
            new("Code", 7),
            new("Organisation", 38),
            new("SHA", 22),
            new("Year", 8),
            new("Status", 14),
            new("Synthetic", 9),
            new("Basis", 10),
            new("Provenance", 30),
        };
        columns.AddRange(pack.Competencies.Select(c => new SheetColumn($"C{c.Number} {c.Name}", 12)));
        columns.AddRange(pack.Areas.Select(a => new SheetColumn(a, 10)));
        columns.AddRange([new("Competency points", 12), new("Governance points", 12), new("Total", 9)]);
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "League",
            "League table",
            columns,
            pack.League.Count,
            frozenColumns: 4
        );
        foreach (var r in pack.League)
        {
            await book.AddRowAsync(LeagueRow(styles, r));
        }

        return filter;
    }

    private static List<Cell> LeagueRow(WorkbookStyles styles, LeagueRow r)
    {
        var cells = new List<Cell> { new(r.Rank, styles.WholeNumber), new(r.ShaRank, styles.WholeNumber) };
        cells.AddRange(
            new[]
            {
                r.Code,
                r.Name,
                r.Sha,
                r.Year,
                $"{r.Status}",
                r.Synthetic ? "yes" : "no",
                CompareViewBuilder.Word(r.Basis),
                r.Provenance,
            }.Select(t => new Cell(t))
        );
        cells.AddRange(r.Competencies.Select(s => s is { } score ? new Cell(score, styles.Heatmap(score)) : default));
        cells.AddRange(r.Areas.Select(a => a is { } rag ? new Cell(rag.Title(), styles.Rag(rag)) : default));
        cells.AddRange([
            new(r.CompetencyPoints, styles.Score),
            new(r.GovernancePoints, styles.WholeNumber),
            new(r.Total, styles.Score),
        ]);
        return cells;
    }

    private static async ValueTask<SheetFilter> Distribution(
        Spreadsheet book,
        WorkbookStyles styles,
        ComparisonPack pack
    )
    {
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "Distribution",
            "Competency level distribution",
            [
                new("Competency", 44),
                new("Level 1", 9),
                new("Level 2", 9),
                new("Level 3", 9),
                new("Level 4", 9),
                new("Organisations", 13),
            ],
            pack.Distribution.Count
        );
        foreach (var d in pack.Distribution)
        {
            var cells = new List<Cell> { new($"{d.Competency.Number}. {d.Competency.Name}") };
            cells.AddRange(d.Counts.Select(n => new Cell(n, styles.WholeNumber)));
            cells.Add(new(d.Counts.Sum(), styles.WholeNumber));
            await book.AddRowAsync(cells);
        }

        return filter;
    }

    private static async ValueTask<SheetFilter> Calibration(
        Spreadsheet book,
        WorkbookStyles styles,
        ComparisonPack pack
    )
    {
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "Calibration",
            "Self-assessment against panel",
            [
                new("Competency", 44),
                new("Organisations with both ratings", 14),
                new("Mean self-rating", 11),
                new("Mean panel rating", 11),
                new("Mean gap (panel − self)", 13),
            ],
            pack.Calibration.Count
        );
        foreach (var c in pack.Calibration)
        {
            await book.AddRowAsync([
                new($"{c.Competency.Number}. {c.Competency.Name}"),
                new(c.Organisations, styles.WholeNumber),
                Optional(styles, c.MeanSelf),
                Optional(styles, c.MeanPanel),
                Optional(styles, c.MeanGap),
            ]);
        }

        return filter;
    }

    private static async ValueTask<SheetFilter> Movement(Spreadsheet book, WorkbookStyles styles, ComparisonPack pack)
    {
        var columns = new List<SheetColumn>
        {
            new("Code", 7),
            new("Organisation", 38),
            new("From", 8),
            new("To", 8),
            new("Basis", 12),
            new("Synthetic", 9),
        };
        columns.AddRange(pack.Competencies.Select(c => new SheetColumn($"C{c.Number} {c.Name}", 12)));
        columns.AddRange([
            new("Competency change", 11),
            new("Governance change", 11),
            new("Total change", 10),
            new("Not compared (in one year only)", 20),
        ]);
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "Movement",
            "Year-on-year movement, like with like",
            columns,
            pack.Movement.Count
        );
        foreach (var m in pack.Movement)
        {
            var cells = new[]
            {
                m.Code,
                m.Name,
                m.FromYear,
                m.ToYear,
                CompareViewBuilder.Bases(m),
                m.Synthetic ? "yes" : "no",
            }
                .Select(t => new Cell(t))
                .ToList();
            cells.AddRange(m.Changes.Select(change => Optional(styles, change)));
            cells.AddRange([
                new(m.CompetencyChange, styles.Score),
                new(m.GovernanceChange, styles.WholeNumber),
                Optional(styles, m.TotalChange),
                new(string.Join(", ", m.NotCompared)),
            ]);
            await book.AddRowAsync(cells);
        }

        return filter;
    }

    private static async ValueTask<SheetFilter> Benchmarks(Spreadsheet book, WorkbookStyles styles, ComparisonPack pack)
    {
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "Outcome benchmarks",
            $"Outcome benchmarks (CAGR, % a "
                + $"year){(pack.BenchmarkSource is null ? "" : $" from {pack.BenchmarkSource}")}",
            [
                new("Indicator", 40),
                new("Indicator id", 24),
                new("Better is", 9),
                new("Years", 11),
                new("Organisations", 13),
                new("National", 10),
                new("Top decile", 10),
                new("Upper quartile", 10),
                new("Median", 10),
                new("Lower quartile", 10),
            ],
            pack.Outcomes.Count
        );
        foreach (var o in pack.Outcomes)
        {
            await book.AddRowAsync([
                new(pack.IndicatorName(o.Indicator)),
                new(o.Indicator),
                new(o.Polarity == Polarity.LowerIsBetter ? "lower" : "higher"),
                new($"{o.FromYear}–{o.ToYear}"),
                new(o.Organisations.Count, styles.WholeNumber),
                Optional(styles, o.National),
                Optional(styles, o.TopDecile),
                Optional(styles, o.UpperQuartile),
                Optional(styles, o.Median),
                Optional(styles, o.LowerQuartile),
            ]);
        }

        return filter;
    }

    /// <summary>
    /// Each organisation of the league's rate for each indicator, beside its peer group's and England's.
    /// </summary>
    private static async ValueTask<SheetFilter> Rates(Spreadsheet book, WorkbookStyles styles, ComparisonPack pack)
    {
        var peer = pack.PeerGroup.Heading();
        var rows = pack
            .Outcomes.SelectMany(o =>
                pack.League.Where(r => o.Organisations.ContainsKey(r.Code)).Select(r => (Outcome: o, Row: r))
            )
            .ToList();
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "Outcome rates",
            "Outcome rates by organisation (CAGR, % a year)",
            [
                new("Code", 7),
                new("Organisation", 38),
                new("SHA", 22),
                new("Indicator", 40),
                new("Indicator id", 24),
                new("Organisation's rate", 12),
                new(peer, 22),
                new($"{peer} rate", 10),
                new("National", 10),
                new("Top decile", 10),
                new("Quartile", 9),
            ],
            rows.Count
        );
        foreach (var (o, r) in rows)
        {
            var group = pack.PeerGroups.GetValueOrDefault(r.Code);
            await book.AddRowAsync([
                new(r.Code),
                new(r.Name),
                new(r.Sha),
                new(pack.IndicatorName(o.Indicator)),
                new(o.Indicator),
                new(o.Organisations[r.Code], styles.Score),
                new(group ?? ""),
                Optional(styles, group is not null && o.Clusters.TryGetValue(group, out var rate) ? rate : null),
                Optional(styles, o.National),
                Optional(styles, o.TopDecile),
                new($"{o.Quartiles.GetValueOrDefault(r.Code)}"),
            ]);
        }

        return filter;
    }

    /// <summary>Unknown is left empty, never written as 0.</summary>
    internal static Cell Optional(WorkbookStyles styles, double? value) =>
        value is { } v ? new Cell(v, styles.Score) : default;
}
