namespace WccAssure.Reporting.View;

/// <summary>
/// One reason in the provenance annex, said once, with every value it applies to: a paragraph that explains
/// thirty reconstructed last-year ratings is printed once with the list of the thirty.
/// </summary>
internal sealed record ProvenanceGroup(string Kind, string Symbol, string Note, IReadOnlyList<ProvenanceItem> Items)
{
    /// <summary>On the first group of each kind, its heading ("Reconstructed from the source (90)").</summary>
    public string KindTitle { get; init; } = "";
}
