using WccAssure.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace WccAssure.Core.Yaml;

/// <summary>
/// Builds a located node tree from YAML text using YamlDotNet's event parser. Building the tree ourselves lets
/// us report duplicate keys, refuse aliases (no alias bombs) and cap nesting depth, each with a location.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 64;

    public const int MaxAliasFindings = 20;

    public static YamlNode? Read(string file, string text, FindingSink findings)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                findings.Error(SourceLocation.StartOf(file), "the file is empty");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = new Builder(file, parser, findings).ReadNode(depth: 1);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                findings.Error(At(file, parser.Current!.Start), "the file holds more than one YAML document; keep one");
            }

            return root;
        }
        catch (YamlException e)
        {
            // Some scanner errors (e.g. a tab used as indentation) carry no mark; where the scanner stopped is the
            // place.
            var at = e.Start.Equals(Mark.Empty) ? scanner.CurrentPosition : e.Start;
            var (where, message) = YamlSyntaxAdvice.Explain(file, text, Within(At(file, at), text), Describe(e));
            findings.Error(where, message);
            return null;
        }
        catch (DepthExceeded e)
        {
            findings.Error(e.Location, $"nesting is deeper than {MaxDepth} levels");
            return null;
        }
        catch (Exception e)
            when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input; the last event read is the nearest place.
            var at = parser.Current is { } last ? Within(At(file, last.End), text) : SourceLocation.StartOf(file);
            var (where, message) = YamlSyntaxAdvice.Explain(file, text, at, "");
            findings.Error(where, message);
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).Trim();
    }

    /// <summary>
    /// YamlDotNet places the end of a stream that lacks a final newline on the line after the last, which an editor
    /// does not have; an error found there (an unclosed bracket in a truncated file) belongs at the end of the last
    /// line.
    /// </summary>
    private static SourceLocation Within(SourceLocation at, string text)
    {
        var lines = text.Split('\n');
        return at.Line <= lines.Length
            ? at
            : at with
            {
                Line = lines.Length,
                Column = lines[^1].TrimEnd('\r').Length + 1,
            };
    }

    internal static SourceLocation At(string file, Mark mark) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private sealed class DepthExceeded(SourceLocation location) : Exception
    {
        public SourceLocation Location { get; } = location;
    }

    private sealed class Builder(string file, IParser parser, FindingSink findings)
    {
        private int aliases;

        private static int Offset(Mark mark) => (int)Math.Max(0, mark.Index);

        /// <summary>
        /// The first few aliases are each reported; beyond that one summary line, so a file of thousands of aliases
        /// cannot flood the output.
        /// </summary>
        private void Alias(SourceLocation at, string name)
        {
            aliases++;
            if (aliases <= MaxAliasFindings)
            {
                findings.Error(at, $"aliases (*{name}) are not accepted; write the value out in full");
            }
            else if (aliases == MaxAliasFindings + 1)
            {
                findings.Error(at, $"more than {MaxAliasFindings} aliases in this file; further ones are not listed");
            }
        }

        /// <summary>
        /// A tag (!!binary, !!str, !custom) asks for a type this reader never gives; read as if absent, a !!binary
        /// value would be taken as its base64 text, so it is refused where it is written.
        /// </summary>
        private void Tag(SourceLocation at, string tag)
        {
            var shown = tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal)
                ? "!!" + tag["tag:yaml.org,2002:".Length..]
                : tag;
            findings.Error(
                at,
                $"YAML tags such as {NodeValues.Shorten(shown)} are not accepted; remove the tag and write the value "
                    + $"plainly"
            );
        }

        public YamlNode ReadNode(int depth)
        {
            var current = parser.Current!;
            var at = At(file, current.Start);
            if (depth > MaxDepth)
            {
                throw new DepthExceeded(at);
            }

            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                Tag(at, tagged.Tag.Value);
            }

            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    Alias(at, alias.Value.ToString());
                    return new YamlScalar(at, "", IsPlain: true);
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(at, scalar.Value, scalar.Style == ScalarStyle.Plain)
                    {
                        Start = Offset(scalar.Start),
                        End = Offset(scalar.End),
                    };
                case SequenceStart:
                    parser.MoveNext();
                    return ReadSequence(at, Offset(current.Start), depth);
                case MappingStart:
                    parser.MoveNext();
                    return ReadMapping(at, Offset(current.Start), depth);
                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private YamlSequence ReadSequence(SourceLocation at, int start, int depth)
        {
            var items = new List<YamlNode>();
            SequenceEnd? end;
            while (!parser.TryConsume<SequenceEnd>(out end))
            {
                items.Add(ReadNode(depth + 1));
            }

            return new YamlSequence(at, items) { Start = start, End = Offset(end!.End) };
        }

        private YamlMapping ReadMapping(SourceLocation at, int start, int depth)
        {
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            Dictionary<string, SourceLocation>? seen = null;
            MappingEnd? end;
            while (!parser.TryConsume<MappingEnd>(out end))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    findings.Error(keyNode.Location, "a key must be a single value, not " + keyNode.Kind);
                    continue;
                }

                if (Earlier(entries, ref seen, key.Value) is { } first)
                {
                    findings.Error(
                        key.Location,
                        $"duplicate key '{NodeValues.Shorten(key.Value)}' (first at line {first.Line})"
                    );
                    continue;
                }

                seen?.Add(key.Value, key.Location);
                entries.Add(new(key, value));
            }

            return new YamlMapping(at, entries) { Start = start, End = Offset(end!.End) };
        }

        /// <summary>
        /// Mappings this short are searched in order; a dictionary for each was a tenth of the tree's cost.
        /// </summary>
        private const int ShortMapping = 16;

        /// <summary>Where the key was first written in this mapping, or null.</summary>
        private static SourceLocation? Earlier(
            List<KeyValuePair<YamlScalar, YamlNode>> entries,
            ref Dictionary<string, SourceLocation>? seen,
            string key
        )
        {
            if (seen is null && entries.Count >= ShortMapping)
            {
                seen = entries.ToDictionary(e => e.Key.Value, e => e.Key.Location, StringComparer.Ordinal);
            }

            if (seen is not null)
            {
                return seen.GetValueOrDefault(key);
            }

            foreach (var entry in entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Key.Location;
                }
            }

            return null;
        }
    }
}
