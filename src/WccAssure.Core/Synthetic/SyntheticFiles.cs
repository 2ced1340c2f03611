using System.Globalization;
using System.Text;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Synthetic;

/// <summary>The YAML of one synthetic assessment's competency, governance and outcomes files.</summary>
internal static class SyntheticFiles
{
    public static string Competency(CompetencyDefinition competency, double quality, Random random)
    {
        var text = new StringBuilder($"# SYNTHETIC\ncompetency: {competency.Id}\nmeasures:\n");
        foreach (var measure in competency.Measures)
        {
            var level = Math.Clamp((int)Math.Round(quality + ((random.NextDouble() - 0.5) * 1.6)), 1, 4);
            var self = Math.Min(4, level + (random.NextDouble() < 0.45 ? 1 : 0));
            var last = Math.Max(1, level - (random.NextDouble() < 0.6 ? 1 : 0));
            var tags = measure
                .Levels.Where(l => l.Level <= level)
                .SelectMany(l => l.Criteria)
                .SelectMany(c => c.Tags)
                .Distinct()
                .ToList();
            text.Append(
                CultureInfo.InvariantCulture,
                $"  {measure.Id}:\n    self: {self}\n    panel: {level}\n    lastYear: {last}\n"
            );
            text.Append("    rationale: Synthetic rationale for demonstration.\n    source: synthetic generated\n");
            text.Append(
                CultureInfo.InvariantCulture,
                $"    metrics:\n      stakeholder_survey: {Survey(level, random)}\n      public_survey: "
                    + $"{Survey(level, random)}\n      sustained_years: {level - 1}\n"
            );
            text.Append("    evidence:\n");
            text.Append(
                CultureInfo.InvariantCulture,
                $"      - text: Synthetic evidence item.\n        tags: [{string.Join(", ", tags)}]\n        source: "
                    + $"synthetic generated\n"
            );
        }

        return text.ToString();
    }

    /// <summary>
    /// A survey score that supports the level under the framework's proposed thresholds (4.5 and 5.5).
    /// </summary>
    private static string Survey(int level, Random random) =>
        Math.Round(
                level switch
                {
                    >= 4 => 5.5 + (random.NextDouble() * 0.5),
                    3 => 4.5 + random.NextDouble(),
                    _ => 3 + (random.NextDouble() * 1.4),
                },
                2
            )
            .ToString(CultureInfo.InvariantCulture);

    public static string Area(GovernanceAreaDefinition area, double quality, Random random)
    {
        var text = new StringBuilder($"# SYNTHETIC\narea: {area.Id}\nmeasures:\n");
        foreach (var measure in area.Measures)
        {
            var draw = quality + ((random.NextDouble() - 0.5) * 2);
            var rating =
                draw >= 2.4 ? "green"
                : draw >= 1.6 ? "amber"
                : "red";
            var criteria =
                rating == "green" ? measure.Green.Concat(measure.Amber)
                : rating == "amber" ? measure.Amber
                : [];
            var tags = criteria.SelectMany(c => c.Tags).Distinct().ToList();
            text.Append(
                CultureInfo.InvariantCulture,
                $"  {measure.Id}:\n    self: {(random.NextDouble() < 0.5 ? "green" : rating)}\n    panel: {rating}\n"
            );
            text.Append("    rationale: Synthetic rationale for demonstration.\n    source: synthetic generated\n");
            text.Append(
                CultureInfo.InvariantCulture,
                $"    evidence:\n      - text: Synthetic evidence item.\n        tags: [{string.Join(", ", tags)}]\n  "
                    + $"      source: synthetic generated\n"
            );
        }

        return text.ToString();
    }

    public static string Outcomes(
        FrameworkDefinition framework,
        IReadOnlyDictionary<string, double[]> series,
        Random random
    )
    {
        var national = framework.Outcomes.Indicators.Where(i => i.Tier == "national").ToList();
        var local = framework
            .Outcomes.Indicators.Where(i => i.Tier != "national")
            .OrderBy(_ => random.Next())
            .Take(Math.Max(0, 10 - national.Count))
            .ToList();
        var text = new StringBuilder(
            $"# SYNTHETIC: benchmarks come from the synthetic national data set\nselectionDate: "
                + $"{framework.Year}\noutcomes:\n"
        );
        var number = 1;
        foreach (var indicator in national.Concat(local))
        {
            var values = series[indicator.Id];
            var trend = (Math.Pow(values[^1] / values[0], 1.0 / 3) - 1) * 100;
            var aspiration = Math.Round(trend + ((random.NextDouble() - 0.3) * 2 * indicator.Polarity.Sign()), 1);
            text.Append(
                CultureInfo.InvariantCulture,
                $"  - number: {number++}\n    priority: {(indicator.Tier == "national" ? "national" : "local")}\n    "
                    + $"indicator: {indicator.Id}\n"
            );
            text.Append(
                CultureInfo.InvariantCulture,
                $"    historic:\n      series:\n        - {{period: 2005, value: {values[0]}}}\n        - {{period: "
                    + $"2008, value: {values[^1]}}}\n"
            );
            text.Append(CultureInfo.InvariantCulture, $"    aspiration: {{cagr: {aspiration}}}\n");
        }

        return text.ToString();
    }
}
