using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WccAssure.Core.Text;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// What a written output may never hold, whatever the input: raw control or directional characters, NaN or
/// Infinity, a live link to a script, data or a local file, a remote image, or a Markdown table row with a
/// column too many.
/// </summary>
internal static partial class InertOutput
{
    private static readonly MarkdownPipeline Viewer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static void AssertFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (
            var file in files.Where(f =>
                !f.EndsWith(".xlsx", StringComparison.Ordinal) && !f.EndsWith(".pdf", StringComparison.Ordinal)
            )
        )
        {
            if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                AssertDocx(file);
            }
            else
            {
                AssertText(file, File.ReadAllText(file));
            }
        }
    }

    /// <summary>
    /// A Word document's text is its XML parts: each holds no raw control or directional character either.
    /// </summary>
    private static void AssertDocx(string file)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        foreach (
            var entry in zip.Entries.Where(e =>
                e.FullName.EndsWith(".xml", StringComparison.Ordinal)
                || e.FullName.EndsWith(".rels", StringComparison.Ordinal)
            )
        )
        {
            using var reader = new StreamReader(entry.Open());
            AssertText($"{file}!{entry.FullName}", reader.ReadToEnd());
        }
    }

    public static void AssertText(string file, string text)
    {
        var hidden = text.Select((c, i) => (c, i))
            .FirstOrDefault(p => VisibleText.IsHiddenInReport(p.c) && p.c != '\r');
        Assert.True(hidden == default, $"{file}: raw U+{(int)hidden.c:X4} at offset {hidden.i}");
        Assert.False(NotANumber().IsMatch(text), $"{file}: {NotANumber().Match(text).Value}");
        if (file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".svg", StringComparison.Ordinal))
        {
            AssertHtml(file, text);
        }
        else if (file.EndsWith(".md", StringComparison.Ordinal))
        {
            AssertMarkdown(file, text);
        }
    }

    private static void AssertHtml(string file, string html)
    {
        Assert.False(LiveScheme().IsMatch(html), $"{file}: live link {LiveScheme().Match(html).Value}");
        Assert.False(RemoteImage().IsMatch(html), $"{file}: remote image {RemoteImage().Match(html).Value}");
        Assert.False(
            DirectionalReference().IsMatch(html),
            $"{file}: directional control written as a character reference"
        );
        Assert.DoesNotContain(
            "<script",
            html.Replace("<script>", "", StringComparison.Ordinal)
                .Replace("<script type=\"module\">", "", StringComparison.Ordinal),
            StringComparison.OrdinalIgnoreCase
        );
    }

    /// <summary>Read back as a GitHub-like viewer would, with tables and autolinks.</summary>
    private static void AssertMarkdown(string file, string markdown)
    {
        var document = Markdown.Parse(markdown, Viewer);
        foreach (var link in document.Descendants<LinkInline>())
        {
            Assert.False(link.IsImage, $"{file}: image {link.Url}");
            Assert.True(IsSafe(link.Url), $"{file}: live link to {link.Url}");
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            Assert.True(IsSafe(link.Url), $"{file}: live autolink to {link.Url}");
        }

        Assert.Empty(
            document
                .Descendants<HtmlInline>()
                .Where(h => !h.Tag.StartsWith("<br", StringComparison.Ordinal))
                .Select(h => h.Tag)
        );
        Assert.Empty(document.Descendants<HtmlBlock>().Select(h => h.Lines.ToString()));
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            var columns = table.ColumnDefinitions.Count;
            foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
            {
                Assert.True(
                    row.Count <= columns,
                    $"{file}:{row.Line + 1}: a table row has {row.Count} cells under {columns} headings"
                );
            }
        }
    }

    private static bool IsSafe(string? url) =>
        url is null
        || url.Length == 0
        || url.StartsWith('#')
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bNaN\b|-?\bInfinity\b|∞")]
    private static partial Regex NotANumber();

    [GeneratedRegex(
        @"(href|src|action|xlink:href)\s*=\s*[""']?\s*(javascript|vbscript|data|file):",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex LiveScheme();

    [GeneratedRegex(@"<img\b[^>]*\bsrc\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteImage();

    [GeneratedRegex(
        @"&#(x0*(202[a-e]|206[6-9]|61c)|0*(8234|8235|8236|8237|8238|8294|8295|8296|8297|1564));",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DirectionalReference();
}
