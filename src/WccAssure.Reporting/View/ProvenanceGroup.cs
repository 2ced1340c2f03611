namespace WccAssure.Reporting.View;

/// <summary>
/// One reason in the provenance annex, said once, with every value it applies to: a paragraph that explains
/// thirty reconstructed last-year ratings is printed once with the list of the thirty.
/// </summary>
public sealed record ProvenanceGroup(string Kind, string Symbol, string Note, IReadOnlyList<ProvenanceItem> Items)
{
    /// <summary>On the first group of each kind, its heading ("Reconstructed from the source (90)").</summary>
    public string KindTitle { get; init; } = "";
}

/// <summary>A value the reason applies to: what it is, as shown, and (author edition) where it is written.</summary>
public sealed record ProvenanceItem(string What, string Value, string At)
{
    /// <summary>What this value's reason adds to the group's, when it extends it; otherwise empty.</summary>
    public string Remark { get; init; } = "";

    /// <summary>The source line this value's reason cites when the group's reason leaves it out ("(L164)").</summary>
    public string Line { get; init; } = "";

    /// <summary>Where the value stands among all the rows, so a group lists its values in report order.</summary>
    internal int Order { get; init; }
}
