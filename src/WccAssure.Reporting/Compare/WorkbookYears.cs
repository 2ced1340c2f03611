using SpreadCheetah;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The years side by side in the workbook: a sheet per measure family (points, competencies, governance areas,
/// outcome rates), one row per organisation and measure with a column per year, and the SHA means by year. Every
/// organisation of the scope is listed, also those with one year; a year it lacks is an empty cell, never 0.
/// </summary>
internal static class WorkbookYears
{
    /// <summary>One row of a family sheet: the measure's name, and its cell in one year's row.</summary>
    private sealed record Measure(string Label, Func<LeagueRow, Cell> Value);

    public static async ValueTask<IReadOnlyList<SheetFilter>> AddAsync(
        Spreadsheet book,
        WorkbookStyles styles,
        ComparisonPack pack
    )
    {
        var years = pack.Years.Select(y => y.Year).ToList();
        Measure[] points =
        [
            new("Mean competency score", r => CompareWorkbook.Optional(styles, r.MeanScore)),
            new("Competency points", r => new Cell(r.CompetencyPoints, styles.Score)),
            new("Governance points", r => new Cell(r.GovernancePoints, styles.WholeNumber)),
            new("Total", r => new Cell(r.Total, styles.Score)),
            new("Basis", r => new Cell(CompareViewBuilder.Word(r.Basis))),
        ];
        var competencies = pack.YearCompetencies.Select(
            (c, i) =>
                new Measure($"C{c.Number} {c.Name}", r =>
                    r.Competencies[i] is { } v ? new Cell(v, styles.Heatmap(v)) : default
                )
        );
        var areas = pack.Areas.Select(
            (a, i) =>
                new Measure(a, r =>
                    i < r.Areas.Count && r.Areas[i] is { } rag ? new Cell(rag.Title(), styles.Rag(rag)) : default
                )
        );
        var indicators = pack
            .Organisations.SelectMany(o => o.Years)
            .SelectMany(r => r.Outcomes.Keys)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(id => new Measure($"{pack.IndicatorName(id)} ({id})", r =>
                CompareWorkbook.Optional(styles, r.Outcomes.GetValueOrDefault(id))
            ));
        return
        [
            await Family(book, styles, pack, "Points by year", "Points by year", "Measure", years, points),
            await Family(
                book,
                styles,
                pack,
                "Competencies by year",
                "Competency scores by year",
                "Competency",
                years,
                [.. competencies]
            ),
            await Family(
                book,
                styles,
                pack,
                "Governance by year",
                "Governance area ratings by year",
                "Area",
                years,
                [.. areas]
            ),
            await Family(
                book,
                styles,
                pack,
                "Outcomes by year",
                "Outcome rates by year (the assessment's CAGR, % a year)",
                "Indicator",
                years,
                [.. indicators]
            ),
            await Means(book, styles, pack, years),
        ];
    }

    private static async ValueTask<SheetFilter> Family(
        Spreadsheet book,
        WorkbookStyles styles,
        ComparisonPack pack,
        string name,
        string section,
        string measure,
        IReadOnlyList<string> years,
        IReadOnlyList<Measure> measures
    )
    {
        List<SheetColumn> columns =
        [
            new("Code", 7),
            new("Organisation", 38),
            new("SHA", 22),
            new("Synthetic", 9),
            new(measure, 40),
            .. years.Select(y => new SheetColumn(y, 10)),
        ];
        var rows = pack.Organisations.Count * measures.Count;
        var filter = await WorkbookSheet.StartAsync(book, styles, pack, name, section, columns, rows, frozenColumns: 2);
        foreach (var o in pack.Organisations)
        {
            foreach (var m in measures)
            {
                List<Cell> cells =
                [
                    new(o.Code),
                    new(o.Name),
                    new(o.Sha),
                    new(o.Synthetic ? "yes" : "no"),
                    new(m.Label),
                ];
                cells.AddRange(years.Select(y => o.Of(y) is { } row ? m.Value(row) : default));
                await book.AddRowAsync(cells);
            }
        }

        return filter;
    }

    private static async ValueTask<SheetFilter> Means(
        Spreadsheet book,
        WorkbookStyles styles,
        ComparisonPack pack,
        IReadOnlyList<string> years
    )
    {
        var shas = pack.Means.Select(m => m.Sha).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        List<string?> groups = [.. shas, null];
        var measures = new (string Label, Func<YearMean, Cell> Value)[]
        {
            ("Organisations", m => new Cell(m.Organisations, styles.WholeNumber)),
            ("Mean competency score", m => CompareWorkbook.Optional(styles, m.MeanCompetencyScore)),
            ("Mean governance points", m => new Cell(m.MeanGovernancePoints, styles.Score)),
            ("Mean total", m => new Cell(m.MeanTotal, styles.Score)),
        };
        List<SheetColumn> columns = [new("SHA", 30), new("Measure", 26), .. years.Select(y => new SheetColumn(y, 10))];
        var filter = await WorkbookSheet.StartAsync(
            book,
            styles,
            pack,
            "SHA means by year",
            "SHA and overall means by year",
            columns,
            groups.Count * measures.Length
        );
        foreach (var group in groups)
        {
            foreach (var (label, value) in measures)
            {
                List<Cell> cells = [new(group ?? CompareViewBuilder.AllCompared), new(label)];
                cells.AddRange(
                    years.Select(y =>
                        pack.Means.FirstOrDefault(m => m.Year == y && m.Sha == group) is { } mean
                            ? value(mean)
                            : default
                    )
                );
                await book.AddRowAsync(cells);
            }
        }

        return filter;
    }
}
