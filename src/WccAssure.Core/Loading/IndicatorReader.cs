using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>
/// Reads an outcome indicator entry, shared by the framework catalogue and an assessment's local ones.
/// </summary>
internal static class IndicatorReader
{
    public static IndicatorDefinition? Read(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "an indicator");
        if (map is null)
        {
            return null;
        }

        var indicator = new IndicatorDefinition(
            map.Text("id", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            map.Text("unit"),
            map.Choice("polarity", ["higher", "lower"], required: true) == "lower"
                ? Polarity.LowerIsBetter
                : Polarity.HigherIsBetter,
            map.Choice("tier", ["national", "local"]) ?? "local"
        )
        {
            Minimum = map.Number("min"),
            Maximum = map.Number("max"),
            Trend = map.Number("trend"),
            Per = map.Number("per"),
        };
        if (indicator.Minimum > indicator.Maximum)
        {
            findings.Error(
                map.LocationOf("max"),
                $"indicator '{indicator.Id}': max {indicator.Maximum} is below min {indicator.Minimum}"
            );
        }

        if (indicator.Per <= 0)
        {
            findings.Error(
                map.LocationOf("per"),
                $"indicator '{indicator.Id}': per should be positive (100 for a percentage, 100000 for a rate per "
                    + $"100,000)"
            );
        }

        return indicator;
    }
}
