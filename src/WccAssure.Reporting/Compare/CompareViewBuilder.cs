using System.Globalization;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>Words and formats a comparison pack for the HTML page.</summary>
internal static class CompareViewBuilder
{
    /// <summary>The group of every organisation of a year, beside the SHAs.</summary>
    public const string AllCompared = "All organisations compared";

    /// <summary>
    /// The page of a pack, with the templates folder's two stylesheets. The framework of the league's year
    /// (<see cref="ComparisonPack.Framework"/>) words the scoring legend exactly (its roll-up and measure counts);
    /// without one (an empty pack) the legend stays general rather than guess.
    /// </summary>
    public static CompareView Build(ComparisonPack pack, ReportTemplates templates) =>
        Build(pack, templates.Css) with
        {
            PageCss = templates.CompareCss,
        };

    private static CompareView Build(ComparisonPack pack, string css)
    {
        var shas = pack
            .League.Select(r => r.Sha)
            .Where(s => s.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new CompareView(
            $"World Class Commissioning comparison {pack.Year.Replace('-', '/')}"
                + (pack.Sha is null ? "" : $": {pack.Sha}"),
            pack.Year.Replace('-', '/'),
            $"{pack.League.Count} "
                + $"organisation{(pack.League.Count == 1 ? "" : "s")}{(pack.Sha is null ? "" : $" in {pack.Sha}")}",
            pack.IncludesSynthetic,
            css,
            Scoring(pack.Framework),
            [
                .. Enumerable
                    .Range(1, pack.Distribution.Count == 0 ? 0 : pack.Distribution.Max(d => d.Counts.Count))
                    .Select(l => $"Level {l}"),
            ],
            [.. pack.Competencies.Select(c => $"{c.Number}")],
            [.. pack.Areas],
            shas,
            [.. pack.League.Select(Row)],
            [
                .. pack.Distribution.Select(d => new DistributionView(
                    $"{d.Competency.Number}. {d.Competency.Name}",
                    d.Counts
                )),
            ],
            [
                .. pack.Calibration.Select(c => new CalibrationView(
                    $"{c.Competency.Number}. {c.Competency.Name}",
                    N(c.Organisations),
                    Formats.Score(c.MeanSelf),
                    Formats.Score(c.MeanPanel),
                    Signed(c.MeanGap)
                )),
            ],
            [
                .. pack.Movement.Select(m => new MovementView(
                    m.Code,
                    m.Name,
                    $"{m.FromYear} → {m.ToYear}",
                    [.. m.Changes.Select(Change)],
                    Signed(m.TotalChange)
                )
                {
                    CompetencyChange = Signed(m.CompetencyChange),
                    GovernanceChange = Signed(m.GovernanceChange),
                    Basis = Bases(m),
                    NotCompared =
                        m.NotCompared.Count == 0
                            ? ""
                            : $"{string.Join(", ", m.NotCompared)} in one year only, not compared",
                    Synthetic = m.Synthetic,
                }),
            ],
            [
                .. pack.Outcomes.Select(o => new BenchmarkView(
                    pack.IndicatorName(o.Indicator),
                    o.Polarity.Phrase(),
                    $"{o.FromYear}–{o.ToYear}",
                    N(o.Organisations.Count),
                    Formats.Rate(o.National),
                    Formats.Rate(o.TopDecile),
                    Formats.Rate(o.LowerQuartile),
                    Formats.Rate(o.Median),
                    Formats.Rate(o.UpperQuartile)
                )),
            ],
            pack.BenchmarkSource ?? "",
            ComparePictures.Distribution(pack.Distribution),
            ComparePictures.Calibration(pack.Calibration)
        )
        {
            CompetencyNames = [.. pack.Competencies.Select(c => $"C{c.Number} {c.Name}")],
            PeerGroup = pack.PeerGroup.Heading(),
            Replaced =
            [
                .. pack.Replaced.Select(r =>
                    $"{r.Code} {r.Year}: the real assessment in "
                    + $"{ShownFolder.Of(r.RealFolder, pack.ShownFrom)} replaced the synthetic one in "
                    + $"{ShownFolder.Of(r.SyntheticFolder, pack.ShownFrom)}."
                ),
            ],
            OutcomeRates =
            [
                .. pack.Outcomes.SelectMany(o =>
                    pack.League.Where(r => o.Organisations.ContainsKey(r.Code))
                        .Select(r =>
                        {
                            var group = pack.PeerGroups.GetValueOrDefault(r.Code);
                            double? peer =
                                group is not null && o.Clusters.TryGetValue(group, out var rate) ? rate : null;
                            // Two decimals: slow-moving indicators (a survival index gains under 1% a year) differ in
                            // the second.
                            return new OutcomeRateView(
                                r.Code,
                                r.Name,
                                r.Sha,
                                pack.IndicatorName(o.Indicator),
                                Formats.Score(o.Organisations[r.Code]),
                                group ?? "",
                                Formats.Score(peer),
                                Formats.Score(o.National),
                                Formats.Score(o.TopDecile),
                                $"{o.Quartiles.GetValueOrDefault(r.Code)}"
                            );
                        })
                ),
            ],
            PrintHead = CssString(
                $"WCC comparison pack {pack.Year.Replace('-', '/')}{(pack.Sha is null ? "" : $", {pack.Sha}")}"
            ),
            Years = YearsViewBuilder.Build(pack),
            BenchmarkOrigin = pack.BenchmarkOrigin ?? "",
        };
    }

    /// <summary>
    /// Text as a CSS string for a stylesheet inside the page: letters, digits, spaces and "/,.-" as they are, every
    /// other character as a CSS escape, so no user text can end the string, the rule or the style element.
    /// </summary>
    public static string CssString(string text)
    {
        var css = new System.Text.StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            var plain =
                rune.IsAscii
                && (
                    char.IsAsciiLetterOrDigit((char)rune.Value)
                    || " /,.-".Contains((char)rune.Value, StringComparison.Ordinal)
                );
            css.Append(plain ? rune.ToString() : $"\\{rune.Value:X6}");
        }

        return css.Append('"').ToString();
    }

    /// <summary>
    /// "panel", "evidenced", or "panel → evidenced" when a movement's two years rest on different bases.
    /// </summary>
    public static string Bases(MovementRow movement) =>
        movement.FromBasis == movement.ToBasis
            ? Word(movement.ToBasis)
            : $"{Word(movement.FromBasis)} → {Word(movement.ToBasis)}";

    /// <summary>
    /// "panel" or "evidenced", the word the page, the CSV and the spreadsheet show for a row's basis.
    /// </summary>
    public static string Word(LeagueBasis basis) => basis == LeagueBasis.Panel ? "panel" : "evidenced";

    private static string Scoring(FrameworkDefinition? framework)
    {
        var competency = framework is null
            ? "each rolled up from its measure levels as the framework sets"
            : $"each the {FrameworkWords.Rollup(framework)} of its {Measures(framework)}, "
                + FrameworkWords.LevelRange(framework);
        var governance = framework is null
            ? "for each governance measure"
            : $"for each of the {FrameworkWords.GovernanceMeasures(framework)} governance measures";
        return $"competency points are the sum of competency scores ({competency}); governance points count Red 0, "
            + $"Amber 1, Green 2 {governance}; the total adds the two.";
    }

    private static string Measures(FrameworkDefinition framework)
    {
        return FrameworkWords.MeasuresEach(framework) is { } each
            ? $"{FrameworkWords.Count(each)} measure levels"
            : "measure levels";
    }

    private static LeagueRowView Row(LeagueRow r) =>
        new(
            N(r.Rank),
            r.Code,
            r.Name,
            r.Sha,
            r.Status.Word,
            Word(r.Basis),
            r.Synthetic,
            [
                .. r.Competencies.Select(v =>
                    v is { } s
                        ? new CellView(Formats.Score(s), Formats.Score(s), $"level{HeatmapScale.Level(s)}")
                        : new CellView(Formats.None, "0", "none")
                ),
            ],
            [
                .. r.Areas.Select(a => new CellView(
                    a?.Title() ?? Formats.None,
                    a is { } rag ? N((int)rag) : "-1",
                    Formats.RagClass(a)
                )),
            ],
            Formats.Score(r.CompetencyPoints),
            N(r.GovernancePoints),
            Formats.Score(r.Total)
        )
        {
            ShaRank = N(r.ShaRank),
            Provenance = r.Provenance,
            Reconstructed = r.Reconstructed > 0,
        };

    private static CellView Change(double? change) =>
        change is { } c
            ? new CellView(Signed(c), Formats.Score(c), Formats.Direction(ScoreBand.Compare(c, 0)))
            : new CellView(Formats.None, "0", "none");

    /// <summary>
    /// "+0.33", "-3.00", "0.00": rounded first, so a difference that rounds to nothing is never "-0.00".
    /// </summary>
    private static string Signed(double? value) =>
        value is { } v && Math.Round(v, 2) + 0.0 is var r
            ? (r > 0 ? "+" : "") + r.ToString("0.00", CultureInfo.InvariantCulture)
            : Formats.None;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
