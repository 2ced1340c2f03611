namespace WccAssure.Reporting.View;

/// <summary>
/// A source document the assessment cites, listed under "Sources" in the provenance annex and in the appendix of
/// the author's edition.
/// </summary>
/// <param name="Id">The short name citations use ("panel-report" in "panel-report L25").</param>
/// <param name="Title">The document's title.</param>
/// <param name="Document">The source document's file name; empty when assessment.yaml does not give one.</param>
internal sealed record SourceView(string Id, string Title, string Document);
