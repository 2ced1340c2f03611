using System.Globalization;
using WccAssure.Core.Benchmarks;

namespace WccAssure.Core.Comparison;

/// <summary>
/// The outcome benchmarks of a pack in brief, for the terminal: for a small pack (a few indicators, a few
/// organisations) England, the top decile, and each organisation's rate beside its peer group's; a national pack
/// is too big to read there, so its brief points to the page and the workbook instead.
/// </summary>
public static class OutcomeBrief
{
    private const int MostIndicators = 3;
    private const int MostOrganisations = 12;

    /// <summary>The brief's lines, without line breaks; none when the pack has no outcome benchmarks.</summary>
    public static IEnumerable<string> Lines(ComparisonPack pack)
    {
        if (pack.BenchmarkSource is not null)
        {
            yield return $"outcome benchmarks from {pack.BenchmarkSource} ({pack.BenchmarkOrigin})";
        }

        if (pack.Outcomes.Count == 0)
        {
            yield break;
        }

        if (pack.Outcomes.Count > MostIndicators || pack.League.Count > MostOrganisations)
        {
            var indicators = pack.Outcomes.Count == 1 ? "1 indicator" : $"{pack.Outcomes.Count} indicators";
            yield return $"outcome rates of {indicators}: see compare.html and the workbook's 'Outcome rates' sheet";
            yield break;
        }

        foreach (var o in pack.Outcomes)
        {
            yield return $"{pack.IndicatorName(o.Indicator)} ({o.Indicator}), {o.FromYear}-{o.ToYear}, CAGR % a year: "
                + $"national {Rate(o.National)}, top decile {Rate(o.TopDecile)}";
            foreach (var r in pack.League.Where(r => o.Organisations.ContainsKey(r.Code)))
            {
                var group = pack.PeerGroups.GetValueOrDefault(r.Code);
                var peer =
                    group is not null && o.Clusters.TryGetValue(group, out var rate)
                        ? $"; {group} {pack.PeerGroup.Heading()} {Rate(rate)}"
                        : "";
                yield return $"  {r.Code} {r.Name} {Rate(o.Organisations[r.Code])} "
                    + $"({o.Quartiles.GetValueOrDefault(r.Code)} quartile){peer}";
            }
        }
    }

    /// <summary>Unknown is said, never printed as 0.</summary>
    private static string Rate(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";
}
