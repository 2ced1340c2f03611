namespace WccAssure.Core.Model.Assessment;

/// <summary>A document evidence and ratings cite, declared under `sources:` in assessment.yaml.</summary>
/// <param name="Id">The id citations start with ("panel-report").</param>
/// <param name="Title">The document's title as the provenance appendix lists it.</param>
/// <param name="Document">The document's file name, when it is kept beside the assessment; never a path.</param>
public sealed record SourceDocument(string Id, string Title, string? Document);
