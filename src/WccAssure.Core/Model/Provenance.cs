namespace WccAssure.Core.Model;

/// <summary>Where a value came from: stated by a source, computed by the tool, or reconstructed by a person.</summary>
public sealed record Provenance(ProvenanceKind Kind, string? Note, SourceRef? Source)
{
    /// <summary>
    /// A value as the file gives it, with no note and no citation: what a value without a provenance reads as.
    /// </summary>
    public static readonly Provenance Stated = new(ProvenanceKind.Stated, null, null);
}
