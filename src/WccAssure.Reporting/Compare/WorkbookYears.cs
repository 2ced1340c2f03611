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
    public static async ValueTask<IReadOnlyList<SheetFilter>> AddAsync(Spreadsheet book, WorkbookStyles styles, ComparisonPack pack)
    {
        var years = pack.Years.Select(y => y.Year).ToList();
        var points = new (string Name, Func<LeagueRow, Cell> Value)[]
        {
            ("Mean competency score", r => MeanScore(r) is { } v ? new Cell(v, styles.Score) : default),
            ("Competency points", r => new Cell(r.CompetencyPoints, styles.Score)),
            ("Governance points", r => new Cell(r.GovernancePoints, styles.WholeNumber)),
            ("Total", r => new Cell(r.Total, styles.Score)),
            ("Basis", r => new Cell(CompareViewBuilder.Word(r.Basis))),
        };
        var indicators = pack.Organisations.SelectMany(o => o.Years).SelectMany(r => r.Outcomes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return
        [
            await Family(book, styles, pack, "Points by year", "Points by year", "Measure", years,
                [.. points.Select(p => (p.Name, p.Value))]),
            await Family(book, styles, pack, "Competencies by year", "Competency scores by year", "Competency", years,
                [.. pack.YearCompetencies.Select((c, i) => ($"C{c.Number} {c.Name}",
                    (Func<LeagueRow, Cell>)(r => r.Competencies[i] is { } v ? new Cell(v, styles.Heatmap(v)) : default)))]),
            await Family(book, styles, pack, "Governance by year", "Governance area ratings by year", "Area", years,
                [.. pack.Areas.Select((a, i) => (a, (Func<LeagueRow, Cell>)(r => i < r.Areas.Count && r.Areas[i] is { } rag ? new Cell(rag.Title(), styles.Rag(rag)) : default)))]),
            await Family(book, styles, pack, "Outcomes by year", "Outcome rates by year (the assessment's CAGR, % a year)", "Indicator", years,
                [.. indicators.Select(id => ($"{pack.IndicatorName(id)} ({id})",
                    (Func<LeagueRow, Cell>)(r => CompareWorkbook.Optional(styles, r.Outcomes.GetValueOrDefault(id)))))]),
            await Means(book, styles, pack, years),
        ];
    }

    /// <summary>An organisation's competency points over the competencies it was scored on, 1–4.</summary>
    internal static double? MeanScore(LeagueRow row) =>
        row.Competencies.Count(c => c is not null) is var n and > 0 ? row.CompetencyPoints / n : null;

    private static async ValueTask<SheetFilter> Family(
        Spreadsheet book, WorkbookStyles styles, ComparisonPack pack, string name, string section, string measure, IReadOnlyList<string> years,
        IReadOnlyList<(string Label, Func<LeagueRow, Cell> Value)> measures)
    {
        List<SheetColumn> columns = [new("Code", 7), new("Organisation", 38), new("SHA", 22), new("Synthetic", 9), new(measure, 40), .. years.Select(y => new SheetColumn(y, 10))];
        var filter = await WorkbookSheet.StartAsync(book, styles, pack, name, section, columns, pack.Organisations.Count * measures.Count, frozenColumns: 2);
        foreach (var o in pack.Organisations)
        {
            foreach (var (label, value) in measures)
            {
                List<Cell> cells = [new(o.Code), new(o.Name), new(o.Sha), new(o.Synthetic ? "yes" : "no"), new(label)];
                cells.AddRange(years.Select(y => o.Of(y) is { } row ? value(row) : default));
                await book.AddRowAsync(cells);
            }
        }

        return filter;
    }

    private static async ValueTask<SheetFilter> Means(Spreadsheet book, WorkbookStyles styles, ComparisonPack pack, IReadOnlyList<string> years)
    {
        List<string?> groups = [.. pack.Means.Select(m => m.Sha).OfType<string>().Distinct().Order(StringComparer.Ordinal), null];
        var measures = new (string Label, Func<YearMean, Cell> Value)[]
        {
            ("Organisations", m => new Cell(m.Organisations, styles.WholeNumber)),
            ("Mean competency score", m => CompareWorkbook.Optional(styles, m.MeanCompetencyScore)),
            ("Mean governance points", m => new Cell(m.MeanGovernancePoints, styles.Score)),
            ("Mean total", m => new Cell(m.MeanTotal, styles.Score)),
        };
        List<SheetColumn> columns = [new("SHA", 30), new("Measure", 26), .. years.Select(y => new SheetColumn(y, 10))];
        var filter = await WorkbookSheet.StartAsync(book, styles, pack, "SHA means by year", "SHA and overall means by year", columns, groups.Count * measures.Length);
        foreach (var group in groups)
        {
            foreach (var (label, value) in measures)
            {
                List<Cell> cells = [new(group ?? CompareViewBuilder.AllCompared), new(label)];
                cells.AddRange(years.Select(y => pack.Means.FirstOrDefault(m => m.Year == y && m.Sha == group) is { } mean ? value(mean) : default));
                await book.AddRowAsync(cells);
            }
        }

        return filter;
    }
}
