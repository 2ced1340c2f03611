using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model;

/// <summary>A citation, written "&lt;source id&gt; &lt;place&gt;", e.g. "panel-report L338-340".</summary>
public sealed record SourceRef(string SourceId, string Place, SourceLocation Location)
{
    /// <summary>The citation as written: the source id, then the place when there is one.</summary>
    public override string ToString() => Place.Length == 0 ? SourceId : $"{SourceId} {Place}";

    /// <summary>
    /// The citation <paramref name="text"/>: its first word is the source id and the rest, trimmed, the place ("" when
    /// there is none). The id is not checked against the declared sources here.
    /// </summary>
    public static SourceRef Parse(string text, SourceLocation location)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        return space < 0
            ? new SourceRef(trimmed, "", location)
            : new SourceRef(trimmed[..space], trimmed[(space + 1)..].Trim(), location);
    }
}
