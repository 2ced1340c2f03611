using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The document's small fixed parts: the footer with page numbers, the bullet list, the settings, the page.
/// </summary>
internal static class WordParts
{
    /// <summary>"South Staffordshire PCT · 2009/10 · Page 3 of 24": the numbers are PAGE and NUMPAGES fields.</summary>
    public static Footer Footer(string label)
    {
        var paragraph = WordText.Styled(
            WordStyles.Footer,
            [
                WordInline.Plain($"{label}\t"),
                WordInline.Plain("Page "),
                .. Field("PAGE", "1"),
                WordInline.Plain(" of "),
                .. Field("NUMPAGES", "1"),
            ]
        );
        paragraph.ParagraphProperties!.Append(
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordTables.TextWidth })
        );
        return new Footer(paragraph);
    }

    /// <summary>
    /// A field Word and LibreOffice compute as they lay out the pages; the cached result is only a placeholder.
    /// </summary>
    public static IEnumerable<Run> Field(string instruction, string placeholder) =>
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text(placeholder)),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];

    public static Numbering Numbering() =>
        new(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" })
                )
                {
                    LevelIndex = 0,
                }
            )
            {
                AbstractNumberId = 0,
            },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = WordStyles.BulletList }
        );

    /// <summary>
    /// British English, footnotes numbered from 1 for the whole document, and Word's two footnote separators.
    /// </summary>
    public static Settings Settings() =>
        new(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new FootnoteDocumentWideProperties(
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new FootnoteSpecialReference { Id = -1 },
                new FootnoteSpecialReference { Id = 0 }
            ),
            new ThemeFontLanguages { Val = "en-GB" },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," }
        );

    /// <summary>A4 portrait, 2 cm margins, with the footer on every page.</summary>
    public static SectionProperties Page(string footerId) =>
        new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin
            {
                Top = 1134,
                Right = 1134,
                Bottom = 1134,
                Left = 1134,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            }
        );
}
