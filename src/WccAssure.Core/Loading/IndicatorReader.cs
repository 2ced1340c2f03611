using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads an outcome indicator entry, shared by the framework catalogue and an assessment's local ones.</summary>
internal static class IndicatorReader
{
    public static IndicatorDefinition? Read(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "an indicator");
        if (map is null)
        {
            return null;
        }

        return new IndicatorDefinition(
            map.Text("id", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            map.Text("unit"),
            map.Choice("polarity", ["higher", "lower"], required: true) == "lower" ? Polarity.LowerIsBetter : Polarity.HigherIsBetter,
            map.Choice("tier", ["national", "local"]) ?? "local");
    }
}
