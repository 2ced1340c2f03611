using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads governance/{area}.yaml.</summary>
internal static class GovernanceFileReader
{
    public static GovernanceRecord? Read(YamlNode root, string expectedArea, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(root, context.Findings, "a governance file");
        if (map is null)
        {
            return null;
        }

        var area = map.Text("area", required: true);
        if (area is not null && area != expectedArea)
        {
            context.Findings.Error(
                map.LocationOf("area"),
                $"this file is for '{expectedArea}' (its name) but says '{NodeValues.Shorten(area)}'"
            );
        }

        var definition = context.Framework.Area(expectedArea)!;
        return new GovernanceRecord(
            expectedArea,
            ValueReaders.Rag(map.Optional("rating"), context, "'rating'"),
            MeasureRecordReader.ReadAll(map, context, [.. definition.Measures.Select(m => m.Id)], ValueReaders.Rag),
            ValueReaders.Narratives(map, "recommendations", context),
            map.Location
        );
    }
}
