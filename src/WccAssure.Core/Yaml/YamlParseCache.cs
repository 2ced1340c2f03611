using System.Collections.Concurrent;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Yaml;

/// <summary>
/// The parsed trees of files whose bytes have not changed, for a process that reads the same folder again and
/// again (the live preview re-reads it on every save, and one save changes one file). Keyed by the bytes
/// themselves, not by time stamps, so a quick second save of the same length is never mistaken for no change.
/// </summary>
public sealed class YamlParseCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The tree of <paramref name="bytes"/> and the findings parsing them gave, reused when the bytes are the same as
    /// last time.
    /// </summary>
    internal YamlNode? Parse(string displayName, byte[] bytes, FindingSink findings, Func<FindingSink, YamlNode?> parse)
    {
        if (entries.TryGetValue(displayName, out var entry) && entry.Bytes.AsSpan().SequenceEqual(bytes))
        {
            findings.AddRange(entry.Findings);
            return entry.Node;
        }

        var own = new FindingSink();
        var node = parse(own);
        findings.AddRange(own.Findings);
        entries[displayName] = new Entry(bytes, node, [.. own.Findings]);
        return node;
    }

    private sealed record Entry(byte[] Bytes, YamlNode? Node, IReadOnlyList<Finding> Findings);
}
