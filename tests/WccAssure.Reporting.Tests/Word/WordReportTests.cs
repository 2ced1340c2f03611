using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Reporting.View;
using WccAssure.Reporting.Word;

namespace WccAssure.Reporting.Tests.Word;

/// <summary>
/// The Word report read back as a package: styles, footnotes, pictures, shading, footer, and its bytes.
/// </summary>
public partial class WordReportTests
{
    private const string SouthStaffordshire = "assessments/south-staffordshire/2009-10";

    internal static readonly Lazy<ReportView> PanelView = new(() => View(ReportAudience.Panel));
    internal static readonly Lazy<byte[]> Panel = new(() => WordReport.Render(PanelView.Value));
    internal static readonly Lazy<byte[]> Author = new(() => WordReport.Render(View(ReportAudience.Author)));

    private static ReportView View(ReportAudience audience) =>
        ReportViewBuilder.Build(Fixture.Score(SouthStaffordshire), Fixture.Templates.Css, audience);

    private static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);

    [Fact]
    public void Headings_use_words_own_heading_styles_with_outline_levels_so_the_navigation_pane_lists_them()
    {
        using var document = Open(Panel.Value);
        var styles = document
            .MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }

        var headings = Paragraphs(document)
            .Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Contains(("Heading1", "Panel scorecard"), headings.Select(h => (h.Style, h.Text)));
        Assert.Contains(("Heading1", "Governance"), headings.Select(h => (h.Style, h.Text)));
        Assert.Contains(headings, h =>
            h.Style == "Heading2" && h.Text.StartsWith("Strategy: Amber", StringComparison.Ordinal)
        );
        Assert.Contains(headings, h => h.Style == "Heading2" && h.Text == "Competency 1 – Local leader of NHS");
        Assert.Contains(headings, h => h.Style == "Heading3" && h.Text == "Rationale for scoring");
        Assert.Equal(
            PanelView.Value.Competencies.Count,
            headings.Count(h => h.Style == "Heading2" && h.Text.StartsWith("Competency ", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Every_provenance_mark_is_a_real_footnote_and_a_reason_given_once_is_referred_to_again()
    {
        using var document = Open(Panel.Value);
        var footnotes = document
            .MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>()
            .Where(f => f.Id!.Value > 0)
            .ToList();
        var body = document.MainDocumentPart.Document!.Body!;
        var references = body.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();
        Assert.Equal(footnotes.Select(f => f.Id!.Value), references);
        Assert.Equal(Enumerable.Range(1, footnotes.Count).Select(i => (long)i), references);

        // Every mark the view holds is a footnote or a reference to one, and each reason is said once.
        var marks = Marks(PanelView.Value).Where(m => !m.IsEmpty).ToList();
        var texts = footnotes.Select(f => f.InnerText.Trim()).ToList();
        Assert.NotEmpty(marks);
        var notes = marks.Select(m => WordCitations.Strip(m.Note)).ToList();
        Assert.Equal(
            marks.Select(m => m.Symbol + m.Kind + WordCitations.Strip(m.Note)).Distinct(StringComparer.Ordinal).Count(),
            footnotes.Count
        );
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.All(notes, n => Assert.Contains(texts, t => t.EndsWith(n, StringComparison.Ordinal)));

        // A repeated reason is a NOTEREF field to the first footnote's bookmark, showing that footnote's number.
        var bookmarks = body.Descendants<BookmarkStart>().ToDictionary(b => b.Name!.Value!, b => b.Id!.Value!);
        var again = body.Descendants<FieldCode>().Select(f => NoteRef().Match(f.Text)).Where(m => m.Success).ToList();
        Assert.Equal(marks.Count, references.Count + again.Count);
        Assert.All(again, m => Assert.Contains(m.Groups[1].Value, bookmarks.Keys));
    }

    /// <summary>Every provenance mark the view gives a value, wherever the report prints it.</summary>
    private static IEnumerable<ValueMark> Marks(ReportView view) =>
        view
            .Scorecard.Competencies.SelectMany(r =>
                new[] { r.PanelMark, r.SelfMark, r.LastYearMark, r.EvidencedMark, r.MovementMark }
            )
            .Concat(view.Scorecard.Governance.Select(g => g.RatingMark))
            .Concat(
                view.Governance.SelectMany(a =>
                    a.Measures.SelectMany(m => m.Cells.SelectMany(c => c.Glyphs.Select(g => g.Mark)))
                        .Prepend(a.RatingMark)
                )
            )
            .Append(view.Outcomes.JudgementMark)
            .Concat(
                view.Outcomes.Rows.SelectMany(r =>
                    new[] { r.PctMark, r.BenchmarkMark, r.BenchmarkMark, r.BenchmarkMark, r.AspirationMark }
                )
            )
            .Concat(view.Outcomes.Groups.Select(g => g.Mark))
            .Concat(view.Overview.Marked.Select(c => c.Mark))
            .Concat(
                view.Overview.Rows.SelectMany(r => new[] { r.PanelMark, r.SelfMark, r.LastYearMark, r.EvidencedMark })
            )
            .Concat(
                view.Competencies.SelectMany(c =>
                    c.Measures.SelectMany(m => m.Cells.SelectMany(cell => cell.Glyphs.Select(g => g.Mark)))
                )
            );

    [Fact]
    public void Both_editions_are_valid_wordprocessingml_by_the_sdks_schema_validator()
    {
        foreach (var bytes in new[] { Panel.Value, Author.Value })
        {
            using var document = Open(bytes);
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(
                DocumentFormat.OpenXml.FileFormatVersions.Office2019
            )
                .Validate(document)
                .Take(10)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void The_two_pictures_are_png_images_with_a_description()
    {
        using var document = Open(Panel.Value);
        var images = document.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        foreach (var image in images)
        {
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            var header = new byte[8];
            stream.ReadExactly(header);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
            Assert.True(stream.Length > 20_000, $"a picture of {stream.Length} bytes is too small to hold a chart");
        }

        var pictures = document
            .MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .ToList();
        Assert.Equal(2, pictures.Count);
        Assert.All(pictures, p =>
            Assert.True(
                p.Description?.Value?.Length > 40,
                "a picture needs a description for readers who cannot see it"
            )
        );
    }

    [Fact]
    public void Rating_words_sit_on_the_palettes_colours()
    {
        using var document = Open(Panel.Value);
        var cells = document
            .MainDocumentPart!.Document!.Body!.Descendants<TableCell>()
            .Select(c => (Text: c.InnerText, Fill: c.TableCellProperties?.Shading?.Fill?.Value))
            .ToList();
        var strategy = PanelView.Value.Scorecard.Governance.Single(g => g.Name == "Strategy");
        Assert.Equal("Amber", strategy.Rating);
        Assert.Contains(cells, c => c.Text == "Amber" && c.Fill == Hex(Palette.Amber));
        Assert.Contains(cells, c =>
            c.Text.StartsWith("Green", StringComparison.Ordinal) && c.Fill == Hex(Palette.Green)
        );

        // The cell a panel chose in a governance grid is shaded in its rating's light colour, with the words under the
        // marks.
        Assert.Contains(cells, c =>
            c.Text.Contains("panel", StringComparison.Ordinal) && c.Fill == Hex(Palette.AmberLight)
        );
        Assert.Contains(cells, c =>
            c.Text.Contains("panel", StringComparison.Ordinal) && c.Fill == Hex(Palette.LevelLight)
        );
        Assert.DoesNotContain(cells, c =>
            !c.Text.Contains('✓')
            && c.Fill is { } fill
            && (fill == Hex(Palette.AmberLight) || fill == Hex(Palette.LevelLight))
        );
    }

    [Fact]
    public void The_footer_numbers_pages_with_page_and_numpages_fields()
    {
        using var document = Open(Panel.Value);
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        var fields = footer.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.Equal(
            "South Staffordshire PCT · 2009/10Page 1 of 1",
            string.Concat(footer.Descendants<Text>().Select(t => t.Text))
        );
        Assert.Single(footer.Descendants<TabChar>());
        Assert.Contains(
            document
                .MainDocumentPart.Document!.Body!.Elements<SectionProperties>()
                .Single()
                .Elements<FooterReference>(),
            r => r.Type?.Value == HeaderFooterValues.Default
        );
    }

    [Fact]
    public void The_same_view_gives_the_same_bytes_with_fixed_package_dates()
    {
        var again = WordReport.Render(View(ReportAudience.Panel));
        Assert.True(Panel.Value.AsSpan().SequenceEqual(again), "two renders of the same report differ");
        using var zip = new ZipArchive(new MemoryStream(again), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2010, 5, 1), e.LastWriteTime.DateTime));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        var properties = core.ReadToEnd();
        Assert.Contains("2010-05-01T00:00:00Z", properties, StringComparison.Ordinal);
        Assert.DoesNotContain(
            DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            properties,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_authors_edition_keeps_its_sections_and_citations_and_the_panels_leaves_them_out()
    {
        using var author = Open(Author.Value);
        using var panel = Open(Panel.Value);
        var authorHeadings = Paragraphs(author).Where(p => p.Style == "Heading1").Select(p => p.Text).ToList();
        var panelHeadings = Paragraphs(panel).Where(p => p.Style == "Heading1").Select(p => p.Text).ToList();
        Assert.Contains("Gap to the next level (for authors)", authorHeadings);
        Assert.Contains("Findings about the evidence", authorHeadings);
        Assert.DoesNotContain("Gap to the next level (for authors)", panelHeadings);
        Assert.DoesNotContain("Findings about the evidence", panelHeadings);
        Assert.Equal("Sign-off", panelHeadings[^1]);
        Assert.DoesNotContain("Sign-off", authorHeadings);
        Assert.Matches(LineCitation(), author.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public void The_panels_edition_holds_no_repository_path_or_line_citation()
    {
        using var zip = new ZipArchive(new MemoryStream(Panel.Value), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var text = Regex.Replace(reader.ReadToEnd(), "<[^>]+>", " ");
            foreach (var forbidden in new[] { "seeds/", "RATIONALE.md", ".yaml" })
            {
                Assert.False(text.Contains(forbidden, StringComparison.Ordinal), $"{entry.FullName} holds {forbidden}");
            }

            Assert.False(
                LineCitation().IsMatch(text),
                $"{entry.FullName} holds the line citation {LineCitation().Match(text).Value}"
            );
        }
    }

    [Fact]
    public void Control_characters_in_author_text_are_shown_as_escapes_and_the_package_still_opens()
    {
        var view = PanelView.Value with
        {
            Organisation = "Bell \u0007 and \uFFFE and a lone \uD800 surrogate",
            Commentary = PanelView.Value.Commentary with
            {
                Strengths = [Narrative.Note("escape \u001B[31m red\nnext line", "")],
            },
        };
        using var document = Open(WordReport.Render(view));
        var text =
            document.MainDocumentPart!.Document!.Body!.InnerText
            + document.MainDocumentPart.FooterParts.Single().Footer!.InnerText;
        Assert.Contains("\\u0007", text, StringComparison.Ordinal);
        Assert.Contains("\\u001B[31m red", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\t');
    }

    [Theory]
    [InlineData("the panel glyph was lost (L332)", "the panel glyph was lost")]
    [InlineData("lost in conversion (empty cells at L350). Level 3", "lost in conversion (empty cells). Level 3")]
    [InlineData("8 of the 10 improved (L308, L134); so", "8 of the 10 improved; so")]
    [InlineData(
        "a level-3 cue (two years of sustained development, L340), which",
        "a level-3 cue (two years of sustained development), which"
    )]
    [InlineData("does not support level 3 (L339-340)", "does not support level 3")]
    [InlineData("no citation at all (c01, level 3)", "no citation at all (c01, level 3)")]
    public void The_issued_editions_footnotes_drop_line_citations_and_keep_the_reason(string note, string printed) =>
        Assert.Equal(printed, WordCitations.Strip(note));

    internal static string Hex(string colour) => colour.TrimStart('#').ToUpperInvariant();

    private static IEnumerable<(string? Style, string Text)> Paragraphs(WordprocessingDocument document) =>
        document
            .MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p =>
                (
                    p.ParagraphProperties?.ParagraphStyleId?.Val?.Value,
                    string.Concat(p.Descendants<Text>().Select(t => t.Text))
                )
            );

    [GeneratedRegex(@"NOTEREF (_WccNote\d+) \\f \\h")]
    private static partial Regex NoteRef();

    [GeneratedRegex(@"\bL\d+\b")]
    private static partial Regex LineCitation();
}
