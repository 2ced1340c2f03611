namespace WccAssure.Core.Model;

/// <summary>How a value came to be known (`provenance:` in the assessment files).</summary>
public enum ProvenanceKind
{
    /// <summary>Written in a source document (the default).</summary>
    Stated,

    /// <summary>Worked out from other figures, by the tool or by the author.</summary>
    Computed,

    /// <summary>
    /// Inferred by a person where the source lost it (e.g. a rating glyph lost in conversion); needs a note and is
    /// shown with "*".
    /// </summary>
    Reconstructed,
}
