using System.Globalization;
using System.Text;
using WccAssure.Core.Loading;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Synthetic;

/// <summary>
/// A reproducible synthetic national set for demonstrations and benchmarks: an assessment folder per PCT of the
/// register (every competency, governance measure and ten outcomes) plus a national indicator data set and
/// cluster membership. Every file says it is synthetic, and so does every output it feeds.
/// </summary>
internal static class SyntheticNationalSet
{
    public const string DataSetFile = "benchmarks-synthetic.csv";
    public const string ClustersFile = "clusters-synthetic.csv";
    private static readonly int[] Years = [2005, 2006, 2007, 2008];

    public static IReadOnlyList<(string Path, string Content)> Generate(
        IReadOnlyList<Organisation> organisations,
        FrameworkDefinition framework,
        int seed
    )
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        var data = new StringBuilder("organisation,indicator,period,value,numerator,denominator\n");
        var clusters = new StringBuilder("organisation,cluster\n");
        var indicators = framework.Outcomes.Indicators;
        foreach (
            var organisation in organisations.Where(o => o.Code.Length > 0).OrderBy(o => o.Code, StringComparer.Ordinal)
        )
        {
            var quality = 1.2 + (random.NextDouble() * 2.4);
            var folder = $"{organisation.Code.ToLowerInvariant()}/{framework.Year}";
            clusters.Append(
                CultureInfo.InvariantCulture,
                $"{organisation.Code},Synthetic cluster {1 + random.Next(10)}\n"
            );
            var series = indicators.ToDictionary(i => i.Id, i => Series(random, i, quality));
            foreach (var indicator in indicators)
            {
                var denominator = Denominator(indicator, random);
                foreach (var (year, value) in Years.Zip(series[indicator.Id]))
                {
                    // A rate is written as the counts it comes from; any other indicator (a life expectancy, a score,
                    // an index) is a value alone.
                    if (denominator is { } d)
                    {
                        var numerator = Math.Round(value * d / indicator.Per!.Value);
                        data.Append(
                            CultureInfo.InvariantCulture,
                            $"{organisation.Code},{indicator.Id},{year},"
                                + $"{Math.Round(numerator * indicator.Per!.Value / d, 3)},{numerator},{d}\n"
                        );
                    }
                    else
                    {
                        data.Append(
                            CultureInfo.InvariantCulture,
                            $"{organisation.Code},{indicator.Id},{year},{value},,\n"
                        );
                    }
                }
            }

            files.Add(($"{folder}/assessment.yaml", Header(organisation, framework)));
            files.AddRange(
                framework.Competencies.Select(c =>
                    ($"{folder}/competencies/{c.Id}.yaml", SyntheticFiles.Competency(c, quality, random))
                )
            );
            files.AddRange(
                framework.Governance.Select(a =>
                    ($"{folder}/governance/{a.Id}.yaml", SyntheticFiles.Area(a, quality, random))
                )
            );
            files.Add(($"{folder}/outcomes.yaml", SyntheticFiles.Outcomes(framework, series, random)));
        }

        files.Add((DataSetFile, data.ToString()));
        files.Add((ClustersFile, clusters.ToString()));
        return files;
    }

    /// <summary>
    /// Four yearly values in the indicator's real unit and range (the catalogue's min and max), moving by its usual
    /// national trend, a little better for organisations of higher quality.
    /// </summary>
    private static double[] Series(Random random, IndicatorDefinition indicator, double quality)
    {
        var trend = indicator.Trend ?? 0;
        var spread = Math.Max(0.25 * Math.Abs(trend), 0.2);
        var better = indicator.Polarity.Sign();
        var yearly = trend + (better * (quality - 2.4) * spread) + ((random.NextDouble() - 0.5) * spread);

        // The start is drawn so that the whole series, trend included, stays inside the plausible range.
        var growth = Math.Pow(1 + (yearly / 100), Years.Length - 1);
        var (low, high) = (indicator.Minimum ?? 50, indicator.Maximum ?? 150);
        var (lowest, highest) = (growth < 1 ? low / growth : low, growth > 1 ? high / growth : high);
        (lowest, highest) = lowest < highest ? (lowest, highest) : ((low + high) / 2, (low + high) / 2);
        var start = lowest + ((0.1 + (random.NextDouble() * 0.8)) * (highest - lowest));
        var decimals = indicator.IsRate ? 3 : 2;
        return [.. Years.Select((_, i) => Math.Round(start * Math.Pow(1 + (yearly / 100), i), decimals))];
    }

    /// <summary>
    /// The population a rate is counted over, sized to its unit: live births, children, or the whole population.
    /// </summary>
    private static double? Denominator(IndicatorDefinition indicator, Random random) =>
        indicator.Per switch
        {
            null => null,
            <= 100 => 2_000 + random.Next(18_000),
            <= 1_000 => 2_000 + random.Next(8_000),
            _ => 150_000 + random.Next(1_050_000),
        };

    private static string Header(Organisation organisation, FrameworkDefinition framework) =>
        $"""
            # SYNTHETIC assessment generated by `wcc synth` for demonstrations and benchmarks; not real data.
            organisation: {organisation.Code}
            year: {framework.Year}
            framework: {framework.Id}
            status: panel
            synthetic: true
            sources:
              - id: synthetic
                title: Synthetic national set (generated)

            """;
}
