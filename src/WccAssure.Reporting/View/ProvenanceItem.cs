namespace WccAssure.Reporting.View;

/// <summary>A value the reason applies to: what it is, as shown, and (author edition) where it is written.</summary>
internal sealed record ProvenanceItem(string What, string Value, string At)
{
    /// <summary>What this value's reason adds to the group's, when it extends it; otherwise empty.</summary>
    public string Remark { get; init; } = "";

    /// <summary>The source line this value's reason cites when the group's reason leaves it out ("(L164)").</summary>
    public string Line { get; init; } = "";

    /// <summary>Where the value stands among all the rows, so a group lists its values in report order.</summary>
    internal int Order { get; init; }
}
