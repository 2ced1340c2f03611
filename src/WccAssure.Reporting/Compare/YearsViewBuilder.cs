using System.Globalization;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>Words the years side by side for the page (and the command's summary): which years, what was left out.</summary>
public static class YearsViewBuilder
{
    public static YearsView Build(ComparisonPack pack)
    {
        var years = pack.Years.Select(y => y.Year).ToList();
        var several = pack.Organisations.Where(o => o.Years.Count >= 2).ToList();
        var single = pack.Organisations.Count - several.Count;
        return new YearsView(
            Used(pack),
            LeftOut(pack),
            [.. years.Select(y => y.Replace('-', '/'))],
            [.. pack.Means.Select(m => m.Sha).OfType<string>().Distinct().Order(StringComparer.Ordinal).Select(s => Sha(pack, years, s))
                .Append(Sha(pack, years, null))],
            [.. several.Select(o => new OrganisationYearsView(o.Code, o.Name, o.Sha, o.Synthetic,
                [.. years.Select(y => o.Of(y) is { } r
                    ? new OrganisationYearView(CompareViewBuilder.Word(r.Basis), Formats.Score(WorkbookYears.MeanScore(r)), N(r.GovernancePoints), Formats.Score(r.Total))
                    : new OrganisationYearView(Formats.None, Formats.None, Formats.None, Formats.None))],
                ComparePictures.Trend([.. years.Select(y => (y.Replace('-', '/'), o.Of(y) is { } r ? WorkbookYears.MeanScore(r) : null))])))],
            single == 0 || several.Count == 0 && years.Count < 2 ? ""
                : $"{Count(single, "organisation")} with one year only {(single == 1 ? "is" : "are")} in the league or the workbook's years sheets, not here.",
            [.. several.Select(o => Detail(pack, years, o))]);
    }

    /// <summary>"Years: 2008-09 (3 organisations), 2009-10 (2 organisations, the league's year)."</summary>
    public static string Used(ComparisonPack pack) =>
        "Years: " + string.Join(", ", pack.Years.Select(y => $"{y.Year.Replace('-', '/')} ({Count(y.Organisations, "organisation")}{(y.League ? ", the league's year" : "")})")) + ".";

    /// <summary>What the pack leaves out, in words; empty when nothing is.</summary>
    public static IReadOnlyList<string> LeftOut(ComparisonPack pack)
    {
        var lines = new List<string>();
        if (pack.Years.Sum(y => y.OtherShas) is var others and > 0)
        {
            lines.Add($"{Count(others, "assessment")} of other SHAs than {pack.Sha} (" +
                string.Join(", ", pack.Years.Where(y => y.OtherShas > 0).Select(y => $"{y.Year}: {y.OtherShas}")) + ")");
        }

        if (pack.Replaced.Count > 0)
        {
            lines.Add($"{Count(pack.Replaced.Count, "synthetic assessment")} that a real one replaced");
        }

        return lines;
    }

    /// <summary>
    /// The years for the terminal: which were used and what was left out, and, for a small pack, each organisation
    /// with two or more years in one line ("5F7 Stockport PCT: 2008-09 total 30.67 (panel) → 2009-10 total 33.00 (panel)").
    /// </summary>
    public static IEnumerable<string> Brief(ComparisonPack pack)
    {
        yield return "years side by side: " + string.Join(", ", pack.Years.Select(y => $"{y.Year} ({Count(y.Organisations, "organisation")}{(y.League ? ", the league's year" : "")})"));
        if (LeftOut(pack) is { Count: > 0 } left)
        {
            yield return "left out: " + string.Join("; ", left);
        }

        var several = pack.Organisations.Where(o => o.Years.Count >= 2).ToList();
        if (several.Count is > 0 and <= MostInBrief)
        {
            foreach (var o in several)
            {
                yield return $"  {o.Code} {o.Name}{(o.Synthetic ? " (synthetic)" : "")}: " + string.Join(" → ", o.Years.Select(r =>
                    $"{r.Year} total {Formats.Score(r.Total)}, mean competency score {Formats.Score(WorkbookYears.MeanScore(r))} ({CompareViewBuilder.Word(r.Basis)})"));
            }
        }
        else if (several.Count > MostInBrief)
        {
            yield return $"  {Count(several.Count, "organisation")} with two or more years: see compare.html and the workbook's 'by year' sheets";
        }
    }

    private const int MostInBrief = 12;

    /// <summary>"1 indicator", "2 indicators".</summary>
    public static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    private static ShaYearsView Sha(ComparisonPack pack, IReadOnlyList<string> years, string? sha) => new(
        sha ?? CompareViewBuilder.AllCompared,
        sha is null,
        [.. years.Select(y => pack.Means.FirstOrDefault(m => m.Year == y && m.Sha == sha) is { } m
            ? new YearMeanView(N(m.Organisations), Formats.Score(m.MeanCompetencyScore), Formats.Score(m.MeanGovernancePoints), Formats.Score(m.MeanTotal))
            : new YearMeanView(Formats.None, Formats.None, Formats.None, Formats.None))]);

    private static YearDetailView Detail(ComparisonPack pack, IReadOnlyList<string> years, OrganisationYears o)
    {
        IEnumerable<CellView> Cells(Func<LeagueRow, CellView> cell) => years.Select(y => o.Of(y) is { } r ? cell(r) : new CellView(Formats.None, "", "none"));
        CellView Text(string text) => new(text, text, "");
        var measures = new List<YearMeasureView>
        {
            new("Points", "Basis", [.. Cells(r => Text(CompareViewBuilder.Word(r.Basis)))]),
            new("Points", "Mean competency score", [.. Cells(r => Text(Formats.Score(WorkbookYears.MeanScore(r))))]),
            new("Points", "Competency points", [.. Cells(r => Text(Formats.Score(r.CompetencyPoints)))]),
            new("Points", "Governance points", [.. Cells(r => Text(N(r.GovernancePoints)))]),
            new("Points", "Total", [.. Cells(r => Text(Formats.Score(r.Total)))]),
        };
        measures.AddRange(pack.YearCompetencies.Select((c, i) => new YearMeasureView("Competency", $"C{c.Number} {c.Name}",
            [.. Cells(r => r.Competencies[i] is { } v ? new CellView(Formats.Score(v), Formats.Score(v), $"level{HeatmapScale.Level(v)}") : new CellView(Formats.None, "", "none"))])));
        measures.AddRange(pack.Areas.Select((a, i) => new YearMeasureView("Governance", a,
            [.. Cells(r => i < r.Areas.Count && r.Areas[i] is { } rag ? new CellView(rag.Title(), rag.Title(), Formats.RagClass(rag)) : new CellView(Formats.None, "", "none"))])));
        measures.AddRange(o.Years.SelectMany(r => r.Outcomes.Keys).Distinct().Order(StringComparer.Ordinal).Select(id => new YearMeasureView("Outcome rate, % a year", pack.IndicatorName(id),
            [.. Cells(r => Text(r.Outcomes.TryGetValue(id, out var rate) ? Formats.Score(rate) : Formats.None))])));
        return new YearDetailView(o.Code, o.Name, o.Synthetic, measures);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
