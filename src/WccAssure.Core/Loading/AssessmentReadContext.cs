using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>What every assessment file reader needs: the findings, the framework and the declared sources.</summary>
internal sealed class AssessmentReadContext(
    FindingSink findings,
    FrameworkDefinition framework,
    IReadOnlySet<string> sourceIds
)
{
    public FindingSink Findings { get; } = findings;

    public FrameworkDefinition Framework { get; } = framework;

    public SourceRef? Source(MappingReader map, string key = "source")
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }

        var reference = SourceRef.Parse(text, map.LocationOf(key));
        if (!sourceIds.Contains(reference.SourceId))
        {
            var declared = sourceIds.Order(StringComparer.Ordinal).ToList();
            Findings.Error(
                reference.Location,
                sourceIds.Count == 0
                        ? $"source '{NodeValues.Shorten(reference.SourceId)}' is not declared: add it under 'sources' "
                            + $"in assessment.yaml"
                    : Suggestions.DidYouMean(reference.SourceId, declared) is { } advice
                        ? $"source '{NodeValues.Shorten(reference.SourceId)}' is not declared in assessment.yaml; "
                            + $"{advice}"
                    : $"source '{NodeValues.Shorten(reference.SourceId)}' is not declared in assessment.yaml "
                        + $"(declared: {string.Join(", ", declared)})"
            );
        }

        return reference;
    }

    public Provenance Provenance(MappingReader map)
    {
        var kind = map.Choice("provenance", ["stated", "computed", "reconstructed"]) switch
        {
            "computed" => ProvenanceKind.Computed,
            "reconstructed" => ProvenanceKind.Reconstructed,
            _ => ProvenanceKind.Stated,
        };
        var note = map.Text("note");
        var source = Source(map);
        if (kind == ProvenanceKind.Reconstructed && string.IsNullOrWhiteSpace(note))
        {
            Findings.Error(map.Location, "a reconstructed value needs a 'note' giving its reasoning");
        }

        return kind == ProvenanceKind.Stated && note is null && source is null
            ? Model.Provenance.Stated
            : new Provenance(kind, note, source);
    }
}
