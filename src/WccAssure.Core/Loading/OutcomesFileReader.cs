using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads outcomes.yaml: the chosen indicators with their trends, benchmarks and aspirations.</summary>
internal static class OutcomesFileReader
{
    public static readonly IReadOnlyList<string> Quartiles = [.. Quartile.All.Select(q => q.Word)];
    public static readonly IReadOnlyList<string> Changes = ["improved", "little-change", "worsened"];

    public static OutcomesRecord Read(YamlNode root, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(root, context.Findings, "outcomes.yaml");
        if (map is null)
        {
            return OutcomesRecord.Empty;
        }

        var local = map.Items("localIndicators")
            .Select(n => IndicatorReader.Read(n, context.Findings))
            .OfType<IndicatorDefinition>()
            .ToList();
        var known = context
            .Framework.Outcomes.Indicators.Concat(local)
            .Select(i => i.Id)
            .ToHashSet(StringComparer.Ordinal);
        FrameworkLoader.CheckUnique(
            context.Framework.Outcomes.Indicators.Concat(local).Select(i => i.Id),
            map.LocationOf("localIndicators"),
            "indicator",
            context.Findings
        );
        var outcomes = map.Items("outcomes")
            .Select(n => ReadOutcome(n, context, known))
            .OfType<OutcomeRecord>()
            .ToList();
        // An invalid number (0, already a finding) is no number at all, so two of them are not a repeat.
        FrameworkLoader.CheckUnique(
            outcomes
                .Where(o => o.Number > 0)
                .Select(o => (o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Location)),
            "outcome number",
            context.Findings
        );
        CheckIndicatorsChosenOnce(outcomes, context);
        using var stated = MappingReader.Open(map.Optional("statedCounts"), context.Findings, "statedCounts");
        return new OutcomesRecord(
            map.Text("selectionDate"),
            [.. outcomes.OrderBy(o => o.Number)],
            local,
            ValueReaders.Narratives(map, "observations", context)
        )
        {
            StatedSlipped = ReadStatedCount(stated, "slipped", context),
            StatedBottomQuartile = ReadStatedCount(stated, "bottomQuartile", context),
        };
    }

    /// <summary>`slipped: {count: 6, source: panel-report L266}` or `slipped: 6`.</summary>
    internal static StatedCount? ReadStatedCount(MappingReader? parent, string key, AssessmentReadContext context)
    {
        if (parent?.Optional(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalar)
        {
            return parent.Integer(key, 0, 99) is { } plain ? new StatedCount(plain, null, node.Location) : null;
        }

        using var map = MappingReader.Open(node, context.Findings, $"'{key}'");
        return map?.Integer("count", 0, 99, required: true) is { } count
            ? new StatedCount(count, context.Source(map), map.Location)
            : null;
    }

    /// <summary>An indicator measures one outcome; chosen twice, its trend would be counted for both.</summary>
    private static void CheckIndicatorsChosenOnce(IReadOnlyList<OutcomeRecord> outcomes, AssessmentReadContext context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in outcomes.OrderBy(o => o.Location.Line).ThenBy(o => o.Location.Column))
        {
            foreach (var split in outcome.Splits.Where(s => s.IndicatorId is not null))
            {
                if (!first.TryAdd(split.IndicatorId!, outcome.Number) && first[split.IndicatorId!] != outcome.Number)
                {
                    context.Findings.Error(
                        split.Location,
                        $"indicator '{NodeValues.Shorten(split.IndicatorId!)}' is already chosen for outcome "
                            + $"{first[split.IndicatorId!]}; choose each indicator for one outcome only"
                    );
                }
            }
        }
    }

    private static OutcomeRecord? ReadOutcome(YamlNode node, AssessmentReadContext context, HashSet<string> indicators)
    {
        using var map = MappingReader.Open(node, context.Findings, "an outcome");
        if (map is null)
        {
            return null;
        }

        var number = map.Integer("number", 1, 99, required: true) ?? 0;
        var priority = map.Choice("priority", OutcomePriorities.All, required: true) ?? OutcomePriorities.Local;
        var splitNodes = map.Items("splits");
        IReadOnlyList<OutcomeSplitRecord> splits =
            splitNodes.Count > 0
                ? [.. splitNodes.Select(n => ReadSplitMapping(n, context, indicators)).OfType<OutcomeSplitRecord>()]
                : [ReadSplit(map, null, context, indicators)];
        if (
            splitNodes.Count > 0
            && (map.IsPresent("indicator") || map.IsPresent("historic") || map.IsPresent("aspiration"))
        )
        {
            context.Findings.Error(
                map.Location,
                "an outcome with 'splits' keeps its indicator, historic and aspiration inside each split"
            );
        }

        return new OutcomeRecord(
            number,
            priority,
            splits,
            map.Boolean("slipped"),
            Quartile.Parse(map.Choice("quartile", Quartiles)),
            map.Choice("change", Changes),
            map.Location
        );
    }

    private static OutcomeSplitRecord? ReadSplitMapping(
        YamlNode node,
        AssessmentReadContext context,
        HashSet<string> indicators
    )
    {
        using var map = MappingReader.Open(node, context.Findings, "a split");
        return map is null ? null : ReadSplit(map, map.Text("label", required: true), context, indicators);
    }

    private static OutcomeSplitRecord ReadSplit(
        MappingReader map,
        string? label,
        AssessmentReadContext context,
        HashSet<string> indicators
    )
    {
        var indicator = map.Text("indicator");
        if (indicator is not null && !indicators.Contains(indicator))
        {
            var advice = Diagnostics.Suggestions.DidYouMean(indicator, indicators.Order(StringComparer.Ordinal))
                ?? "use one from the framework's catalogue or declare it under 'localIndicators'";
            context.Findings.Error(
                map.LocationOf("indicator"),
                $"unknown indicator '{NodeValues.Shorten(indicator)}'; {advice}"
            );
        }

        return new OutcomeSplitRecord(
            label,
            indicator,
            ReadHistoric(map.Optional("historic"), context),
            ReadBenchmarks(map.Optional("benchmarks"), context),
            ReadAspiration(map.Optional("aspiration"), context),
            map.Location
        );
    }

    private static HistoricRecord? ReadHistoric(YamlNode? node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "'historic'");
        if (map is null)
        {
            return null;
        }

        var cagr = map.IsPresent("cagr")
            ? ValueReaders.Number(
                map.Optional("cagr") ?? NullAt(map.LocationOf("cagr")),
                context,
                "'cagr'",
                presentIfNull: true
            )
            : null;
        var series = map.Items("series")
            .Select(n => ReadPoint(n, context, "a series point"))
            .OfType<SeriesPoint>()
            .ToList();
        CheckOnePointPerPeriod(series, context);
        foreach (var point in series)
        {
            DateChecks.Measured(point, context.Framework.Year, "the series point's", context.Findings);
        }

        CheckRateOf(Rules.Cagr.OfSeries(series), map.LocationOf("series"), context);
        CheckStatedRate(cagr, context);
        if (cagr is not null && series.Count > 0)
        {
            context.Findings.Error(
                map.Location,
                "give either a stated 'cagr' or a 'series', not both: the engine computes the CAGR from a series"
            );
        }

        return new HistoricRecord(cagr, series, context.Source(map), map.Location);
    }

    /// <summary>
    /// Two values for one period leave the trend undefined: which one the rate starts or ends at would be chance.
    /// </summary>
    private static void CheckOnePointPerPeriod(IReadOnlyList<SeriesPoint> series, AssessmentReadContext context)
    {
        var first = new Dictionary<int, SeriesPoint>();
        foreach (var point in series)
        {
            if (Periods.StartYear(point.Period) is { } year && !first.TryAdd(year, point))
            {
                context.Findings.Error(
                    point.Location,
                    $"the series already has a value for {NodeValues.Shorten(first[year].Period)} (line "
                        + $"{first[year].Location.Line}); give one value per period"
                );
            }
        }
    }

    private static BenchmarkRecord? ReadBenchmarks(YamlNode? node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "'benchmarks'");
        if (map is null)
        {
            return null;
        }

        var record = new BenchmarkRecord(
            Present(map, "national", context),
            Present(map, "cluster", context),
            Present(map, "topDecile", context),
            context.Source(map),
            map.Location
        );
        CheckStatedRate(record.National, context);
        CheckStatedRate(record.Cluster, context);
        CheckStatedRate(record.TopDecile, context);
        return record;
    }

    /// <summary>A trend computed from the values given must be a number a chart and the JSON can hold.</summary>
    private static void CheckRateOf(Derived rate, Diagnostics.SourceLocation at, AssessmentReadContext context)
    {
        if (rate.NotComputable is { } why && why.StartsWith(Rules.Cagr.TooLarge, StringComparison.Ordinal))
        {
            context.Findings.Error(at, why + "; check the values");
        }
    }

    private static void CheckStatedRate(StatedNumber? rate, AssessmentReadContext context)
    {
        if (rate?.Value is { } value && !Rules.Cagr.IsPlausible(value))
        {
            context.Findings.Error(
                rate.Location,
                $"a growth rate of {NodeValues.Format(value)} % a year is outside what a trend can be (-100 to "
                    + $"{NodeValues.Format(Rules.Cagr.MaxPercent)}); check the value"
            );
        }
    }

    private static AspirationRecord? ReadAspiration(YamlNode? node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "'aspiration'");
        if (map is null)
        {
            return null;
        }

        var aspiration = new AspirationRecord(
            Present(map, "cagr", context),
            map.Optional("baseline") is { } baseline ? ReadPoint(baseline, context, "'baseline'") : null,
            map.Optional("target") is { } target ? ReadPoint(target, context, "'target'") : null,
            context.Source(map),
            map.Location
        );
        CheckStatedRate(aspiration.Cagr, context);
        if (aspiration.Baseline is not null)
        {
            DateChecks.Measured(aspiration.Baseline, context.Framework.Year, "the baseline's", context.Findings);
        }

        if (aspiration.Baseline is not null && aspiration.Target is not null)
        {
            DateChecks.TargetAfterBaseline(aspiration.Baseline, aspiration.Target, context.Findings);
            CheckRateOf(Rules.Cagr.Between(aspiration.Baseline, aspiration.Target), map.Location, context);
        }

        if (aspiration.Cagr is not null && (aspiration.Baseline is not null || aspiration.Target is not null))
        {
            context.Findings.Error(map.Location, "give either an aspiration 'cagr' or a baseline and target, not both");
        }

        return aspiration;
    }

    private static StatedNumber? Present(MappingReader map, string key, AssessmentReadContext context) =>
        map.IsPresent(key)
            ? ValueReaders.Number(
                map.Optional(key) ?? NullAt(map.LocationOf(key)),
                context,
                $"'{key}'",
                presentIfNull: true
            )
            : null;

    private static YamlScalar NullAt(Diagnostics.SourceLocation at) => new(at, "", IsPlain: true);

    private static SeriesPoint? ReadPoint(YamlNode node, AssessmentReadContext context, string what)
    {
        using var map = MappingReader.Open(node, context.Findings, what);
        if (map is null)
        {
            return null;
        }

        var period = map.Text("period", required: true);
        if (period is not null && Periods.StartYear(period) is null)
        {
            context.Findings.Error(
                map.LocationOf("period"),
                $"period '{NodeValues.Shorten(period)}' should start with a year, e.g. 2008 or 2008-09"
            );
        }
        else if (period is not null)
        {
            DateChecks.PeriodShape(period, map.LocationOf("period"), context.Findings);
        }

        var value =
            map.IsPresent("value") || map.IsPresent("stated")
                ? ValueReaders.Number(
                    map.Optional("value") is { } v ? v : NullAt(map.LocationOf("value")),
                    context,
                    "'value'",
                    presentIfNull: true
                )
                : null;
        var placeholder = map.Text("stated");
        if (value is null)
        {
            context.Findings.Error(map.Location, $"{what} needs a 'value'");
            return null;
        }

        value = placeholder is null ? value : value with { Placeholder = placeholder };
        return new SeriesPoint(period ?? "", value, context.Source(map), map.Location);
    }
}
