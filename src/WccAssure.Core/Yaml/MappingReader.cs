using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Yaml;

/// <summary>
/// Reads the keys of one mapping. Every key read is marked known; <see cref="Dispose"/> reports the rest as
/// unknown, so a misspelt key is never silently ignored.
/// </summary>
internal sealed class MappingReader : IDisposable
{
    private readonly YamlMapping mapping;
    private readonly List<string> known = [];

    private MappingReader(YamlMapping mapping, FindingSink findings, string what)
    {
        this.mapping = mapping;
        Findings = findings;
        What = what;
    }

    public FindingSink Findings { get; }

    public string What { get; }

    public SourceLocation Location => mapping.Location;

    public static MappingReader? Open(YamlNode? node, FindingSink findings, string what)
    {
        if (node is YamlMapping mapping)
        {
            return new MappingReader(mapping, findings, what);
        }

        if (node is not null)
        {
            findings.Error(node.Location, $"{what} should be a mapping of keys to values, not {node.Kind}");
        }

        return null;
    }

    public YamlNode? Optional(string key)
    {
        Know(key);
        var node = mapping[key];
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    /// <summary>
    /// True when the key is written, even as null: "n/a" in a source is written null and means something.
    /// </summary>
    public bool IsPresent(string key)
    {
        Know(key);
        return mapping[key] is not null;
    }

    public YamlNode? Required(string key)
    {
        var node = Optional(key);
        if (node is null)
        {
            Findings.Error(mapping.Location, $"{What} is missing '{key}'");
        }

        return node;
    }

    public string? Text(string key, bool required = false) =>
        Get(key, required) is { } node ? NodeValues.Text(node, Findings, $"'{key}'") : null;

    public double? Number(string key, bool required = false) =>
        Get(key, required) is { } node ? NodeValues.Number(node, Findings, $"'{key}'") : null;

    public int? Integer(string key, int min, int max, bool required = false) =>
        Get(key, required) is { } node ? NodeValues.Integer(node, Findings, $"'{key}'", min, max) : null;

    public bool? Boolean(string key) =>
        Optional(key) is { } node ? NodeValues.Boolean(node, Findings, $"'{key}'") : null;

    public string? Choice(string key, IReadOnlyCollection<string> allowedValues, bool required = false) =>
        Get(key, required) is { } node ? NodeValues.Choice(node, Findings, $"'{key}'", allowedValues) : null;

    public IReadOnlyList<YamlNode> Items(string key, bool required = false) =>
        Get(key, required) is { } node ? NodeValues.Items(node, Findings, $"'{key}'") : [];

    public IReadOnlyList<string> TextList(string key) =>
        Optional(key) is { } node ? NodeValues.TextList(node, Findings, $"'{key}'") : [];

    public SourceLocation LocationOf(string key) => mapping[key]?.Location ?? mapping.Location;

    public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries => mapping.Entries;

    public void Dispose()
    {
        // By index: a foreach over the interface would allocate an enumerator for every mapping read.
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var key = mapping.Entries[i].Key;
            if (!known.Contains(key.Value))
            {
                var advice = Suggestions.DidYouMean(key.Value, known) ?? $"expected one of: {string.Join(", ", known)}";
                Findings.Error(key.Location, $"unknown key '{NodeValues.Shorten(key.Value)}' in {What}; {advice}");
            }
        }
    }

    private void Know(string key)
    {
        if (!known.Contains(key))
        {
            known.Add(key);
        }
    }

    private YamlNode? Get(string key, bool required) => required ? Required(key) : Optional(key);
}
