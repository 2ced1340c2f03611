using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Yaml;

/// <summary>A parsed YAML node that remembers where it came from, so every value can be reported by location.</summary>
internal abstract record YamlNode(SourceLocation Location)
{
    public abstract string Kind { get; }

    /// <summary>
    /// Where the node starts and ends as character offsets in the text read (after any byte order mark), so a value
    /// can be replaced in place without writing the rest of the file again (wcc panel-apply).
    /// </summary>
    public int Start { get; init; }

    /// <inheritdoc cref="Start"/>
    public int End { get; init; }
}

internal sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain) : YamlNode(Location)
{
    public override string Kind => "a single value";

    /// <summary>Only unquoted null spellings count as null: "null" in quotes is the word.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string Kind => "a list";
}

internal sealed record YamlMapping(SourceLocation Location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries)
    : YamlNode(Location)
{
    public override string Kind => "a mapping";

    /// <summary>
    /// A loop, not LINQ: a national run looks up keys a million times, and each lambda was an allocation.
    /// </summary>
    public YamlNode? this[string key]
    {
        get
        {
            // By index: a foreach over the interface would allocate its enumerator.
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key.Value == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}
