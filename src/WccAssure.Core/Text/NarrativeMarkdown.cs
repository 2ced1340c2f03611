using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Text;

/// <summary>
/// Narrative text (rationale, commentary, observations) is Markdown, read by Markdig when a report is rendered.
/// Markdig throws on nesting deeper than its own limit, and a few shapes (hundreds of unclosed links) take time
/// that grows with the square of their length; either would stop a report run after validation said the input
/// was fine. So the text is checked while loading, and <c>wcc validate</c> reports it at the text's place.
/// </summary>
public static class NarrativeMarkdown
{
    /// <summary>
    /// The one Markdown reading of narrative text: raw HTML is shown as text, bare URLs become links.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    /// <summary>
    /// The longest rationale in the real assessments is under a thousand characters; ten times that is a mistake.
    /// </summary>
    public const int MaxLength = 10_000;

    /// <summary>
    /// Links and images are the shape whose reading grows with the square of the text; real text has a handful.
    /// </summary>
    public const int MaxBrackets = 200;

    /// <summary>
    /// Levels of the parsed text (quotes, lists, links, emphasis inside each other); real text uses fewer than ten.
    /// </summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// Every level of nesting needs at least one of these characters and adds at most four levels to the tree, so
    /// text with fewer of them cannot reach <see cref="MaxNesting"/> and skips the parse: most narrative is prose.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Structural = System.Buffers.SearchValues.Create(
        "[]*_>-+!<`~.)#"
    );

    /// <summary>
    /// Reports an error at <paramref name="at"/> when <paramref name="text"/> cannot be rendered as written (see
    /// <see cref="Problem"/>); null text is fine.
    /// </summary>
    public static void Check(string? text, SourceLocation at, FindingSink findings)
    {
        if (text is not null && Problem(text) is { } problem)
        {
            findings.Error(at, problem);
        }
    }

    /// <summary>Why the text cannot be rendered as written, or null when it can.</summary>
    public static string? Problem(string text)
    {
        if (text.Length > MaxLength)
        {
            return $"this text is {text.Length:N0} characters long; the limit is {MaxLength:N0}: shorten it and cite "
                + $"the source for the rest";
        }

        var brackets = text.AsSpan().Count('[');
        if (brackets > MaxBrackets)
        {
            return $"this text has {brackets:N0} '[' characters; Markdown links and images are limited to "
                + $"{MaxBrackets} in one text";
        }

        if (CountStructural(text) < MaxNesting / 4)
        {
            return null;
        }

        try
        {
            var depth = Depth(Markdown.Parse(text, Pipeline));
            return depth > MaxNesting
                ? $"this text nests Markdown {depth} levels deep (quotes, lists, links or emphasis inside each "
                    + $"other); the limit is {MaxNesting}"
                : null;
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit.
            return $"this text nests Markdown more deeply than can be read (quotes, lists, links or emphasis inside "
                + $"each other); the limit is {MaxNesting} levels";
        }
    }

    private static int CountStructural(string text)
    {
        var count = 0;
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(Structural); next >= 0; next = rest.IndexOfAny(Structural))
        {
            count++;
            rest = rest[(next + 1)..];
        }

        return count + text.AsSpan().Count('\n');
    }

    /// <summary>
    /// The depth of the tree, walked with a stack: a recursive walk is what deep nesting is meant to break.
    /// </summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }
}
