using System.Globalization;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>Words the years side by side for the page and the terminal: which years, what was left out.</summary>
internal static class YearsViewBuilder
{
    private const int MostInBrief = 12;

    public static YearsView Build(ComparisonPack pack)
    {
        var years = pack.Years.Select(y => y.Year).ToList();
        var several = pack.Organisations.Where(o => o.Years.Count >= 2).ToList();
        var single = pack.Organisations.Count - several.Count;
        var shas = pack.Means.Select(m => m.Sha).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        return new YearsView(
            $"Years: {YearList(pack, slashed: true)}.",
            LeftOut(pack),
            [.. years.Select(y => y.Replace('-', '/'))],
            [.. shas.Select(s => Sha(pack, years, s)).Append(Sha(pack, years, null))],
            [.. several.Select(o => Brief(years, o))],
            single == 0 || several.Count == 0 && years.Count < 2
                ? ""
                : $"{Count(single, "organisation")} with one year only {(single == 1 ? "is" : "are")} in the league "
                    + "or the workbook's years sheets, not here.",
            [.. several.Select(o => Detail(pack, years, o))]
        );
    }

    /// <summary>What the pack leaves out, in words; empty when nothing is.</summary>
    public static IReadOnlyList<string> LeftOut(ComparisonPack pack)
    {
        var lines = new List<string>();
        if (pack.Years.Sum(y => y.OtherShas) is var others and > 0)
        {
            var byYear = pack.Years.Where(y => y.OtherShas > 0).Select(y => $"{y.Year}: {y.OtherShas}");
            lines.Add($"{Count(others, "assessment")} of other SHAs than {pack.Sha} ({string.Join(", ", byYear)})");
        }

        if (pack.Replaced.Count > 0)
        {
            lines.Add($"{Count(pack.Replaced.Count, "synthetic assessment")} that a real one replaced");
        }

        return lines;
    }

    /// <summary>
    /// The years for the terminal: which were used and what was left out, and, for a small pack, each organisation
    /// with two or more years on one line ("5F7 Stockport PCT: 2008-09 total 29.00, … → 2009-10 total 28.00, …").
    /// </summary>
    public static IEnumerable<string> Brief(ComparisonPack pack)
    {
        yield return $"years side by side: {YearList(pack, slashed: false)}";
        if (LeftOut(pack) is { Count: > 0 } left)
        {
            yield return "left out: " + string.Join("; ", left);
        }

        var several = pack.Organisations.Where(o => o.Years.Count >= 2).ToList();
        if (several.Count > MostInBrief)
        {
            yield return $"  {Count(several.Count, "organisation")} with two or more years: "
                + "see compare.html and the workbook's 'by year' sheets";
            yield break;
        }

        foreach (var o in several)
        {
            var years = o.Years.Select(r =>
                $"{r.Year} total {Formats.Score(r.Total)}, mean competency score "
                + $"{Formats.Score(r.MeanScore)} ({CompareViewBuilder.Word(r.Basis)})"
            );
            yield return $"  {o.Code} {o.Name}{(o.Synthetic ? " (synthetic)" : "")}: {string.Join(" → ", years)}";
        }
    }

    /// <summary>"1 indicator", "2 indicators".</summary>
    public static string Count(int n, string noun) => $"{N(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>"2008-09 (3 organisations), 2009-10 (2 organisations, the league's year)".</summary>
    private static string YearList(ComparisonPack pack, bool slashed) =>
        string.Join(
            ", ",
            pack.Years.Select(y =>
                $"{(slashed ? y.Year.Replace('-', '/') : y.Year)} ({Count(y.Organisations, "organisation")}"
                + $"{(y.League ? ", the league's year" : "")})"
            )
        );

    private static OrganisationYearsView Brief(IReadOnlyList<string> years, OrganisationYears o) =>
        new(
            o.Code,
            o.Name,
            o.Sha,
            o.Synthetic,
            [
                .. years.Select(y =>
                    o.Of(y) is { } r
                        ? new OrganisationYearView(
                            CompareViewBuilder.Word(r.Basis),
                            Formats.Score(r.MeanScore),
                            N(r.GovernancePoints),
                            Formats.Score(r.Total)
                        )
                        : new OrganisationYearView(Formats.None, Formats.None, Formats.None, Formats.None)
                ),
            ],
            ComparePictures.Trend([.. years.Select(y => (y.Replace('-', '/'), o.Of(y) is { } r ? r.MeanScore : null))])
        );

    private static ShaYearsView Sha(ComparisonPack pack, IReadOnlyList<string> years, string? sha) =>
        new(
            sha ?? CompareViewBuilder.AllCompared,
            sha is null,
            [
                .. years.Select(y =>
                    pack.Means.FirstOrDefault(m => m.Year == y && m.Sha == sha) is { } m
                        ? new YearMeanView(
                            N(m.Organisations),
                            Formats.Score(m.MeanCompetencyScore),
                            Formats.Score(m.MeanGovernancePoints),
                            Formats.Score(m.MeanTotal)
                        )
                        : new YearMeanView(Formats.None, Formats.None, Formats.None, Formats.None)
                ),
            ]
        );

    /// <summary>Points, then every competency, governance area and outcome rate, each with a cell per year.</summary>
    private static YearDetailView Detail(ComparisonPack pack, IReadOnlyList<string> years, OrganisationYears o)
    {
        var none = new CellView(Formats.None, "", "none");
        YearMeasureView Row(string family, string measure, Func<LeagueRow, CellView> cell) =>
            new(family, measure, [.. years.Select(y => o.Of(y) is { } r ? cell(r) : none)]);
        CellView Text(string text) => new(text, text, "");
        var measures = new List<YearMeasureView>
        {
            Row("Points", "Basis", r => Text(CompareViewBuilder.Word(r.Basis))),
            Row("Points", "Mean competency score", r => Text(Formats.Score(r.MeanScore))),
            Row("Points", "Competency points", r => Text(Formats.Score(r.CompetencyPoints))),
            Row("Points", "Governance points", r => Text(N(r.GovernancePoints))),
            Row("Points", "Total", r => Text(Formats.Score(r.Total))),
        };
        measures.AddRange(
            pack.YearCompetencies.Select(
                (c, i) =>
                    Row("Competency", $"C{c.Number} {c.Name}", r =>
                        r.Competencies[i] is { } v
                            ? new CellView(Formats.Score(v), Formats.Score(v), $"level{HeatmapScale.Level(v)}")
                            : none
                    )
            )
        );
        measures.AddRange(
            pack.Areas.Select(
                (a, i) =>
                    Row("Governance", a, r =>
                        i < r.Areas.Count && r.Areas[i] is { } rag
                            ? new CellView(rag.Title(), rag.Title(), Formats.RagClass(rag))
                            : none
                    )
            )
        );
        var indicators = o.Years.SelectMany(r => r.Outcomes.Keys).Distinct().Order(StringComparer.Ordinal);
        measures.AddRange(
            indicators.Select(id =>
                Row("Outcome rate, % a year", pack.IndicatorName(id), r =>
                    Text(r.Outcomes.TryGetValue(id, out var rate) ? Formats.Score(rate) : Formats.None)
                )
            )
        );
        return new YearDetailView(o.Code, o.Name, o.Synthetic, measures);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
