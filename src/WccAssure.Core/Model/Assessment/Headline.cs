namespace WccAssure.Core.Model.Assessment;

/// <summary>One of the panel's headlines in the commentary: what it observed and what it recommends.</summary>
/// <param name="Title">The headline itself, as the report prints it.</param>
/// <param name="Observations">The panel's observations under it (Markdown).</param>
/// <param name="Recommendation">The panel's recommendation (Markdown), or null when it makes none.</param>
/// <param name="Source">Where in the panel report the headline is, when cited.</param>
public sealed record Headline(
    string Title,
    IReadOnlyList<NarrativeItem> Observations,
    NarrativeItem? Recommendation,
    SourceRef? Source
);
