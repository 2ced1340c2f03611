namespace WccAssure.Reporting.View;

/// <summary>A value that is not stated by a source: where it is, what it is, and why it was reconstructed.</summary>
internal sealed record ProvenanceRow(string What, string Value, string Kind, string Note, string At);
