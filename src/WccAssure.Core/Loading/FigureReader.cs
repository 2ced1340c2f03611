using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads one stated figure of assessment.yaml.</summary>
internal static class FigureReader
{
    public static Figure? Read(YamlNode node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a figure");
        if (map is null)
        {
            return null;
        }

        var value = map.Number("value");
        var placeholder = map.Text("stated");
        if (value is null && placeholder is null && !map.IsPresent("value"))
        {
            context.Findings.Error(
                map.Location,
                "a figure needs a 'value' (or the placeholder the source printed, under 'stated')"
            );
        }

        return new Figure(
            map.Text("id", required: true) ?? "",
            map.Text("name", required: true) ?? "",
            new StatedNumber(value, placeholder, context.Provenance(map), map.LocationOf("value")),
            map.Text("unit"),
            map.Text("period"),
            context.Source(map),
            map.TextList("sumOf"),
            map.Location
        );
    }
}
