namespace WccAssure.Core.Model.Assessment;

public sealed record Headline(
    string Title,
    IReadOnlyList<NarrativeItem> Observations,
    NarrativeItem? Recommendation,
    SourceRef? Source
);
