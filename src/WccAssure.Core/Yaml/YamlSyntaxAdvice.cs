using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Yaml;

/// <summary>
/// Turns a YAML parse failure into one plain-words finding at the line of the real mistake. The parser notices a
/// problem where it can no longer go on, which is often the line after the slip (a key written without its colon
/// is read as text until the next key) and it speaks of scalars and block collections. Authors make a handful of
/// slips — a tab, a missing colon, a line indented one space too many or too few, a bracket or quote left open —
/// so the lines up to the failure are read again looking for exactly those, and only when none is found does
/// the message fall back to a plain reading of what the parser said.
/// </summary>
internal static class YamlSyntaxAdvice
{
    public static (SourceLocation At, string Message) Explain(
        string file,
        string text,
        SourceLocation parserAt,
        string parserMessage
    )
    {
        var lines = Lines.Split(text);
        var lastLine = Math.Min(parserAt.Line, lines.Count);
        // The scanner stops at the end of the line before a tab-indented one, so that next line is searched too.
        return Tab(file, lines, Math.Min(lastLine + 1, lines.Count))
            ?? new Walker(file, lines, lastLine).Run()
            ?? (parserAt, Translate(parserMessage));
    }

    /// <summary>The parser's own words, said plainly, for failures that match none of the common slips.</summary>
    public static string Translate(string parserMessage)
    {
        var m = parserMessage;
        return m switch
        {
            _ when Has(m, "tab") => "a tab is used here; YAML allows only spaces: indent with spaces",
            _ when Has(m, "expected ',' or ']'") =>
                "a list in [ ] is not closed with ']', or its items are not separated by commas",
            _ when Has(m, "expected ',' or '}'") =>
                "a mapping in { } is not closed with '}', or its entries are not separated by commas",
            _ when Has(m, "end of stream") && Has(m, "quoted") => "a quoted text is not closed: add the closing quote",
            _ when Has(m, "cannot start any token") =>
                "a value starts with a character YAML reserves (such as ` @ % or |): put the value in quotes",
            _ when Has(m, "invalid mapping") || Has(m, "mapping values are not allowed") =>
                "a colon followed by a space inside a value makes it read as a key: put the value in quotes, or check "
                    + "the indentation",
            _ when Has(m, "did not find expected key") =>
                "this line does not fit the lines above it: check its indentation and the colon after each key",
            _ when Has(m, "expected '-' indicator") =>
                "this line does not fit the list above it: line up each '-' of a list, and each key of an item",
            _ when Has(m, "did not find expected node content") =>
                "a value is missing or misplaced here: check brackets, commas and quotes",
            _ => "the YAML cannot be read from here: check the indentation, the colon after each key, and that quotes "
                + "and brackets are closed",
        };

        static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// YAML forbids tabs in indentation; the first line indented with one, up to the failure, is the mistake.
    /// </summary>
    private static (SourceLocation, string)? Tab(string file, IReadOnlyList<string> lines, int lastLine)
    {
        for (var i = 0; i < lastLine; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (
                    new SourceLocation(file, i + 1, tab + 1),
                    "a tab is used to indent this line; YAML allows only spaces: indent with spaces"
                );
            }
        }

        return null;
    }

    private static class Lines
    {
        public static IReadOnlyList<string> Split(string text) =>
            text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    /// <summary>
    /// One significant line: its indentation, whether it is a list item, and the key it writes, if any.
    /// </summary>
    private sealed record Line(
        int Number,
        int Indent,
        bool IsItem,
        int ContentIndent,
        string Content,
        string? Key,
        string Value
    )
    {
        /// <summary>Where the key starts: after the dash on a list item's line.</summary>
        public int KeyIndent => IsItem ? ContentIndent : Indent;

        public bool OpensBlock => Key is not null ? Value.Length == 0 : IsItem && Content.Length == 0;

        public bool HasInlinePlainValue =>
            Key is not null
            && Value.Length > 0
            && Value[0] is not ('|' or '>' or '[' or '{' or '"' or '\'' or '&' or '!');

        public string FirstWord => Content.Split(' ', 2)[0];
    }

    /// <summary>An open indentation level: a key of a mapping, or the dash of a list item.</summary>
    private sealed record Level(int Indent, Line Line, bool IsItem)
    {
        public string Label => IsItem ? "'-'" : $"'{Line.Key}'";
    }

    private sealed class Walker(string file, IReadOnlyList<string> lines, int lastLine)
    {
        private readonly List<Level> stack = [];
        private readonly Stack<(char Bracket, int Line, int Column)> brackets = new();
        private (SourceLocation, string)? mismatch;
        private int? blockScalarOwner;

        public (SourceLocation, string)? Run()
        {
            var significant = new List<Line>();
            for (var i = 0; i < lines.Count && i < lastLine + 1; i++)
            {
                if (Parse(i + 1, lines[i]) is { } line)
                {
                    significant.Add(line);
                }
            }

            Line? previous = null;
            for (var index = 0; index < significant.Count; index++)
            {
                var line = significant[index];
                if (line.Number > lastLine)
                {
                    break;
                }

                var next = index + 1 < significant.Count ? significant[index + 1] : null;
                if (mismatch is { } wrongBracket && wrongBracket.Item1.Line <= line.Number)
                {
                    return wrongBracket;
                }

                if (Check(line, previous, next) is { } advice)
                {
                    return advice;
                }

                previous = line;
            }

            if (mismatch is not null)
            {
                return mismatch;
            }

            return brackets.Count > 0 && brackets.Peek() is var (open, at, column)
                ? (
                    new SourceLocation(file, at, column),
                    $"the '{open}' here is never closed: add '{(open == '[' ? ']' : '}')}'"
                )
                : null;
        }

        /// <summary>
        /// Reads one line, skipping blank lines, comments, block-scalar text and the inside of open brackets.
        /// </summary>
        private Line? Parse(int number, string raw)
        {
            var content = StripComment(raw).TrimEnd();
            var indent = raw.Length - raw.TrimStart(' ').Length;
            if (content.Trim().Length == 0 || content.TrimStart().StartsWith("---", StringComparison.Ordinal))
            {
                return null;
            }

            if (blockScalarOwner is { } owner)
            {
                if (indent > owner)
                {
                    return null;
                }

                blockScalarOwner = null;
            }

            var insideBrackets = brackets.Count > 0;
            TrackBrackets(number, content);
            if (insideBrackets)
            {
                return null;
            }

            var body = content.TrimStart(' ');
            var isItem = body == "-" || body.StartsWith("- ", StringComparison.Ordinal);
            var contentIndent = indent;
            if (isItem)
            {
                var afterDash = body.Length > 1 ? body[1..] : "";
                contentIndent = indent + 1 + (afterDash.Length - afterDash.TrimStart(' ').Length);
                body = afterDash.TrimStart(' ');
            }

            var (key, value) = SplitKey(body);
            if (key is not null && value.Length > 0 && value[0] is '|' or '>' && value.TrimEnd().Length <= 3)
            {
                blockScalarOwner = indent;
            }

            return new Line(number, indent, isItem, contentIndent, body, key, value);
        }

        private (SourceLocation, string)? Check(Line line, Line? previous, Line? next)
        {
            if (previous is { HasInlinePlainValue: true } && line.Indent > previous.KeyIndent)
            {
                // Text that continues a value from the line above (a long rationale wrapped over lines) is not
                // structure; a key there is one indented too far, read by YAML as more of the value.
                return line.Key is null && !line.IsItem
                    ? null
                    : Misaligned(line, new Level(previous.KeyIndent, previous, false));
            }

            Level? popped = null;
            while (stack.Count > 0 && stack[^1].Indent > line.Indent)
            {
                popped = stack[^1];
                stack.RemoveAt(stack.Count - 1);
            }

            var top = stack.Count > 0 ? stack[^1] : null;
            if (popped is not null && (top is null || top.Indent < line.Indent))
            {
                // Back out of a block to a column where nothing above starts: one space too many or too few.
                return Misaligned(line, popped);
            }

            if (
                top is not null
                && top.Indent == line.Indent
                && line.IsItem
                && !top.IsItem
                && !top.Line.OpensBlock
                && top.Line.IsItem
                && top.Line.ContentIndent == line.Indent
            )
            {
                // "- text: a" then "  - text: b" under "text": the second dash belongs under the first.
                return Misaligned(line, new Level(top.Line.Indent, top.Line, true));
            }

            if (line.Key is null && !line.IsItem && IsMissingColon(line, top, next))
            {
                var word = line.FirstWord;
                var rest = line.Content[word.Length..].TrimStart();
                var written = rest.Length == 0 ? $"{word}:" : $"{word}: {rest}";
                return (
                    new SourceLocation(file, line.Number, line.Indent + word.Length + 1),
                    $"missing colon after '{word}': write '{written}'"
                );
            }

            if (top is not null && top.Indent == line.Indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            Push(line);
            return null;
        }

        /// <summary>
        /// A bare word where keys are written — beside a sibling key, or with keys under it — lacks its colon.
        /// </summary>
        private static bool IsMissingColon(Line line, Level? top, Line? next)
        {
            var besideKey = top is not null && top.Indent == line.Indent && !top.IsItem;
            var keysFollow = next is not null && next.Indent >= line.Indent && next.Key is not null && !next.IsItem;
            return besideKey || keysFollow;
        }

        private (SourceLocation, string) Misaligned(Line line, Level meant)
        {
            var what =
                line.IsItem ? "this list item's '-'"
                : line.Key is not null ? $"'{line.Key}'"
                : $"'{NodeValues.Shorten(line.FirstWord)}'";
            return (
                new SourceLocation(file, line.Number, line.Indent + 1),
                $"{what} is indented {Spaces(line.Indent)}; line it up with {meant.Label} on line {meant.Line.Number} "
                    + $"({Spaces(meant.Indent)})"
            );
        }

        private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

        private void Push(Line line)
        {
            if (line.IsItem)
            {
                stack.Add(new Level(line.Indent, line, true));
                if (line.Key is not null)
                {
                    stack.Add(new Level(line.ContentIndent, line, false));
                }
            }
            else
            {
                stack.Add(new Level(line.Indent, line, false));
            }
        }

        private void TrackBrackets(int number, string content)
        {
            char? quote = null;
            for (var i = 0; i < content.Length; i++)
            {
                var c = content[i];
                if (quote is not null)
                {
                    quote = c == quote ? null : quote;
                    continue;
                }

                switch (c)
                {
                    case '"' or '\'' when i == 0 || content[i - 1] is ' ' or '[' or '{' or ',' or ':':
                        quote = c;
                        break;
                    case '[' or '{' when brackets.Count > 0 || i == 0 || content[i - 1] is ' ' or '[' or '{' or ',':
                        brackets.Push((c, number, i + 1));
                        break;
                    case ']' or '}' when brackets.Count > 0:
                        var (open, _, _) = brackets.Pop();
                        var closer = open == '[' ? ']' : '}';
                        if (c != closer && mismatch is null)
                        {
                            mismatch = (
                                new SourceLocation(file, number, i + 1),
                                $"'{c}' closes the '{open}' before it: add '{closer}' first"
                            );
                        }

                        break;
                }
            }
        }

        private static (string? Key, string Value) SplitKey(string body)
        {
            if (body.Length == 0 || body[0] is '[' or '{' or '|' or '>' or '&' or '*' or '!')
            {
                return (null, "");
            }

            if (body[0] is '"' or '\'')
            {
                var close = body.IndexOf(body[0], 1);
                return
                    close > 0
                    && close + 1 < body.Length
                    && body[close + 1] == ':'
                    && (close + 2 == body.Length || body[close + 2] == ' ')
                    ? (body[1..close], body[(close + 2)..].Trim())
                    : (null, "");
            }

            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == ':' && (i + 1 == body.Length || body[i + 1] == ' '))
                {
                    return (body[..i].TrimEnd(), body[(i + 1)..].Trim());
                }
            }

            return (null, "");
        }

        private static string StripComment(string raw)
        {
            char? quote = null;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (quote is not null)
                {
                    quote = c == quote ? null : quote;
                }
                else if (c is '"' or '\'' && (i == 0 || raw[i - 1] is ' ' or '[' or '{' or ',' or ':'))
                {
                    quote = c;
                }
                else if (c == '#' && (i == 0 || raw[i - 1] == ' '))
                {
                    return raw[..i];
                }
            }

            return raw;
        }
    }
}
