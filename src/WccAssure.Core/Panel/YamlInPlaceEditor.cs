using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Panel;

/// <summary>
/// Writes the panel's values into a competency or governance file's text where they stand, from the located tree
/// the loader builds: a rating or rationale is replaced in its own span, a missing key is inserted as one line at
/// its siblings' indentation, and every other character (comments, order, quoting, blank lines) stays as it was.
/// A rating written as a mapping with its provenance (`{level: 3, provenance: reconstructed, note: …}`) is replaced
/// as a whole by the panel's plain value: the panel stated it, so it is no longer a reconstruction.
/// </summary>
internal static class YamlInPlaceEditor
{
    private sealed record Splice(int Start, int End, string Text, int Order);

    public static (string? Text, IReadOnlyList<Finding> Problems) Apply(
        string display,
        string text,
        IReadOnlyList<MeasureEdit> edits
    )
    {
        var findings = new FindingSink();
        if (
            YamlTreeReader.Read(display, text, findings) is not YamlMapping { } root
            || root["measures"] is not YamlMapping measures
            || findings.HasErrors
        )
        {
            findings.Error(
                SourceLocation.StartOf(display),
                "the file has no 'measures' mapping to write the panel's ratings into"
            );
            return (null, findings.Sorted());
        }

        var context = new Context(text, text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n");
        var splices = new List<Splice>();
        foreach (var edit in edits.Where(e => e.Rating is not null || e.Rationale is not null))
        {
            var (key, node) = measures.Entries.FirstOrDefault(e => e.Key.Value == edit.MeasureId);
            if (key is null)
            {
                findings.Error(measures.Location, $"measure '{edit.MeasureId}' is not in the file");
            }
            else if (node is YamlMapping measure)
            {
                splices.AddRange(Measure(context, measure, edit, findings));
            }
            else if (node is YamlScalar { IsNull: true } empty)
            {
                // "b:" with nothing under it: the values go on the lines below the key, one step further in.
                var at = context.LineAfter(key.End);
                var indent = context.Indent(key.Start) + "  ";
                if (empty.Value.Length > 0)
                {
                    splices.Add(new(empty.Start, empty.End, "", 0));
                }

                splices.AddRange(Inserted(context, at, indent, edit));
            }
            else
            {
                findings.Error(
                    node.Location,
                    $"measure '{edit.MeasureId}' is {node.Kind}, not a mapping; the panel's values cannot be written "
                        + $"into it"
                );
            }
        }

        if (findings.HasErrors)
        {
            return (null, findings.Sorted());
        }

        var result = text;
        foreach (var splice in splices.OrderByDescending(s => s.Start).ThenByDescending(s => s.Order))
        {
            result = string.Concat(result.AsSpan(0, splice.Start), splice.Text, result.AsSpan(splice.End));
        }

        return (result, []);
    }

    private static IEnumerable<Splice> Measure(
        Context context,
        YamlMapping measure,
        MeasureEdit edit,
        FindingSink findings
    )
    {
        var entries = measure.Entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        var splices = new List<Splice>();
        var inserts = new List<(string Key, string Value)>();
        if (edit.Rating is { } rating)
        {
            if (entries.TryGetValue("panel", out var panel))
            {
                splices.Add(Replace(context, panel.Key, panel.Value, rating));
            }
            else
            {
                inserts.Add(("panel", rating));
            }
        }

        if (edit.Rationale is { } rationale)
        {
            if (entries.TryGetValue("rationale", out var written))
            {
                splices.Add(Replace(context, written.Key, written.Value, YamlQuoted.Of(rationale)));
            }
            else
            {
                inserts.Add(("rationale", YamlQuoted.Of(rationale)));
            }
        }

        if (inserts.Count == 0)
        {
            return splices;
        }

        if (context.Text[measure.Start] == '{')
        {
            findings.Error(
                measure.Location,
                "this measure is written on one line in braces; write it as a block (a key a line) so the panel's "
                    + "values can be added"
            );
            return [];
        }

        // The panel's rating goes after the self-rating, the rationale after the last of the ratings: the order
        // the files and `wcc init` use. With none of them, both go before the measure's first key.
        var first = measure.Entries[0].Key;
        var order = 1;
        foreach (var (key, value) in inserts)
        {
            var before = key == "panel" ? ["self"] : new[] { "self", "panel", "lastYear" };
            var anchor = measure
                .Entries.Where(e => before.Contains(e.Key.Value))
                .Select(e => (KeyValuePair<YamlScalar, YamlNode>?)e)
                .LastOrDefault();
            var at = anchor is { } a
                ? context.LineAfter(ContentEnd(context.Text, a.Value))
                : context.LineStart(first.Start);
            var indent = context.Indent(first.Start);
            splices.Add(new(at.Position, at.Position, Line(context, at, indent, key, value), order++));
        }

        return splices;
    }

    private static IEnumerable<Splice> Inserted(
        Context context,
        (int Position, bool AtEnd) at,
        string indent,
        MeasureEdit edit
    )
    {
        var order = 1;
        foreach (
            var (key, value) in new[]
            {
                ("panel", edit.Rating),
                ("rationale", edit.Rationale is { } r ? YamlQuoted.Of(r) : null),
            }
        )
        {
            if (value is not null)
            {
                yield return new(at.Position, at.Position, Line(context, at, indent, key, value), order++);
            }
        }
    }

    private static string Line(
        Context context,
        (int Position, bool AtEnd) at,
        string indent,
        string key,
        string value
    ) => at.AtEnd ? $"{context.Newline}{indent}{key}: {value}" : $"{indent}{key}: {value}{context.Newline}";

    /// <summary>
    /// The value after "key:" replaced: a scalar in its own span (a block scalar keeps the line break that ends it),
    /// a mapping (a rating with its provenance) from the colon to its last character.
    /// </summary>
    private static Splice Replace(Context context, YamlScalar key, YamlNode value, string replacement)
    {
        var text = context.Text;
        if (value is YamlScalar { IsPlain: true, Value: "" })
        {
            var colon = text.IndexOf(':', key.End);
            return new(colon + 1, colon + 1, " " + replacement, 0);
        }

        if (value is YamlScalar scalar)
        {
            var end = ContentEnd(text, scalar);
            return new(scalar.Start, end, replacement, 0);
        }

        return new(key.End, ContentEnd(text, value), ": " + replacement, 0);
    }

    /// <summary>
    /// Where a node's last character is: a block collection's end is reported at the next token, past comments and
    /// blank lines.
    /// </summary>
    private static int ContentEnd(string text, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping map when text[map.Start] != '{' && map.Entries.Count > 0:
                return ContentEnd(text, map.Entries[^1].Value);
            case YamlSequence list when text[list.Start] != '[' && list.Items.Count > 0:
                return ContentEnd(text, list.Items[^1]);
            case YamlMapping or YamlSequence:
                // YamlDotNet reports a flow collection's end at its closing bracket rather than after it.
                var close = text[node.Start] == '{' ? '}' : ']';
                return text[node.End - 1] == close ? node.End : text.IndexOf(close, node.End) + 1;
            default:
                var end = node.End;
                while (end > node.Start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                return end;
        }
    }

    private sealed record Context(string Text, string Newline)
    {
        /// <summary>
        /// The start of the line after the one holding <paramref name="position"/>, or the end of a file without a
        /// final line break.
        /// </summary>
        public (int Position, bool AtEnd) LineAfter(int position)
        {
            var newline = Text.IndexOf('\n', position);
            return newline < 0 ? (Text.Length, true) : (newline + 1, false);
        }

        public (int Position, bool AtEnd) LineStart(int position) =>
            (position == 0 ? 0 : Text.LastIndexOf('\n', position - 1) + 1, false);

        public string Indent(int position) => Text[LineStart(position).Position..position];
    }
}
