using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads competencies/cNN.yaml.</summary>
internal static class CompetencyFileReader
{
    public static CompetencyRecord? Read(YamlNode root, string expectedId, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(root, context.Findings, "a competency file");
        if (map is null)
        {
            return null;
        }

        var id = map.Text("competency", required: true);
        if (id is not null && id != expectedId)
        {
            context.Findings.Error(
                map.LocationOf("competency"),
                $"this file is for '{expectedId}' (its name) but says '{NodeValues.Shorten(id)}'"
            );
        }

        var definition = context.Framework.Competency(expectedId)!;
        var measures = MeasureRecordReader.ReadAll(
            map,
            context,
            [.. definition.Measures.Select(m => m.Id)],
            ValueReaders.Level
        );
        return new CompetencyRecord(
            expectedId,
            measures,
            ValueReaders.Narratives(map, "recommendations", context),
            map.Location
        );
    }
}
