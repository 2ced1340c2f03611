using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>
/// Reads the measures mapping of a competency or governance file; the rating reader is the only difference.
/// </summary>
internal static class MeasureRecordReader
{
    public static IReadOnlyList<MeasureRecord<T>> ReadAll<T>(
        MappingReader file,
        AssessmentReadContext context,
        IReadOnlyList<string> measureIds,
        Func<YamlNode?, AssessmentReadContext, string, Rating<T>?> readRating
    )
        where T : struct
    {
        using var measures = MappingReader.Open(file.Required("measures"), context.Findings, "measures");
        if (measures is null)
        {
            return [];
        }

        var records = new List<MeasureRecord<T>>();
        var written = measures.Entries.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, node) in measures.Entries)
        {
            measures.IsPresent(key.Value);
            if (!measureIds.Contains(key.Value))
            {
                // A misspelt id is one mistake, not two: name the measure it was meant to be, and do not also
                // report that measure as missing.
                var meant = Meant(key.Value, [.. measureIds.Where(id => !written.Contains(id))]);
                explained.UnionWith(meant);
                context.Findings.Error(
                    key.Location,
                    (meant.Count == 1 ? $"did you mean '{meant[0]}'?" : Suggestions.DidYouMean(key.Value, meant))
                        is { } advice
                        ? $"unknown measure '{NodeValues.Shorten(key.Value)}'; {advice}"
                        : $"unknown measure '{NodeValues.Shorten(key.Value)}' (expected: "
                            + $"{string.Join(", ", measureIds)})"
                );
                continue;
            }

            if (Read(key.Value, node, context, readRating) is { } record)
            {
                records.Add(record);
            }
        }

        foreach (var missing in measureIds.Where(id => !written.Contains(id) && !explained.Contains(id)))
        {
            context.Findings.Error(measures.Location, $"measure '{NodeValues.Shorten(missing)}' is missing");
        }

        return [.. records.OrderBy(r => measureIds.ToList().IndexOf(r.Id))];
    }

    /// <summary>
    /// The measure a wrong key was meant to be. Competency measures are single letters, too short for an edit
    /// distance to tell apart, so a key made of one letter of a missing measure ("bb", "B", "b.") names it.
    /// </summary>
    private static IReadOnlyList<string> Meant(string key, IReadOnlyList<string> missing)
    {
        var letters = new string([.. key.ToLowerInvariant().Where(char.IsLetter).Distinct()]);
        return missing.Contains(letters, StringComparer.Ordinal) ? [letters] : Suggestions.Nearest(key, missing);
    }

    private static MeasureRecord<T>? Read<T>(
        string id,
        YamlNode node,
        AssessmentReadContext context,
        Func<YamlNode?, AssessmentReadContext, string, Rating<T>?> readRating
    )
        where T : struct
    {
        // A measure written with nothing under it ("b:") is an empty draft, not an error.
        if (node is YamlScalar { IsNull: true })
        {
            return Empty<T>(id, node.Location);
        }

        using var map = MappingReader.Open(node, context.Findings, $"measure '{id}'");
        if (map is null)
        {
            return null;
        }

        var rationale = map.Text("rationale");
        Text.NarrativeMarkdown.Check(rationale, map.LocationOf("rationale"), context.Findings);
        return new MeasureRecord<T>(
            id,
            readRating(map.Optional("self"), context, "'self'"),
            readRating(map.Optional("panel"), context, "'panel'"),
            readRating(map.Optional("lastYear"), context, "'lastYear'"),
            rationale,
            context.Source(map),
            ValueReaders.Metrics(map, context),
            ValueReaders.Evidence(map, context),
            map.Location
        );
    }

    private static MeasureRecord<T> Empty<T>(string id, SourceLocation at)
        where T : struct => new(id, null, null, null, null, null, [], [], at);
}
