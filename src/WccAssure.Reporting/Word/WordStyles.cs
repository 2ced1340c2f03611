using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The document's styles. Headings use Word's own style names ("heading 1" …) with outline levels, so Word's
/// navigation pane, LibreOffice's navigator and a PDF's bookmarks all see the report's structure.
/// </summary>
internal static class WordStyles
{
    public const string Font = "Arial";
    public const string MonoFont = "Liberation Mono";

    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Legend = "Legend";
    public const string ListBullet = "ListBullet";
    public const string TableText = "TableText";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";

    /// <summary>The list the bullet style points at (the numbering part <see cref="WordParts"/> writes).</summary>
    public const int BulletList = 1;

    public static Styles Build() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(
                        new RunFonts
                        {
                            Ascii = Font,
                            HighAnsi = Font,
                            ComplexScript = Font,
                            EastAsia = Font,
                        },
                        new Color { Val = Hex(Palette.Ink) },
                        new FontSize { Val = "20" },
                        new FontSizeComplexScript { Val = "20" },
                        new Languages { Val = "en-GB" }
                    )
                ),
                new ParagraphPropertiesDefault(
                    new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines
                        {
                            After = "120",
                            Line = "264",
                            LineRule = LineSpacingRuleValues.Auto,
                        }
                    )
                )
            ),
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph(Title, "Title", null, size: 48, bold: true, spaceBefore: 2400, spaceAfter: 240),
            Paragraph(Subtitle, "Subtitle", null, size: 28, spaceAfter: 240),
            Heading(Heading1, "heading 1", 0, 32, 360),
            Heading(Heading2, "heading 2", 1, 26, 280),
            Heading(Heading3, "heading 3", 2, 22, 200),
            Paragraph(Legend, "Legend", null, size: 17, colour: "52606D"),
            Paragraph(TableText, "Table Text", null, size: 17, spaceAfter: 0),
            Bullet(),
            Paragraph(FootnoteText, "footnote text", null, size: 16, spaceAfter: 0),
            Paragraph(Footer, "footer", null, size: 16, spaceAfter: 0),
            new Style(
                new StyleName { Val = "footnote reference" },
                new UIPriority { Val = 99 },
                new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })
            )
            {
                Type = StyleValues.Character,
                StyleId = FootnoteReference,
            },
            new Style(
                new StyleName { Val = "Table Grid" },
                new UIPriority { Val = 59 },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder
                        {
                            Val = BorderValues.Single,
                            Size = 4,
                            Color = "9AA5B1",
                        },
                        new LeftBorder
                        {
                            Val = BorderValues.Single,
                            Size = 4,
                            Color = "9AA5B1",
                        },
                        new BottomBorder
                        {
                            Val = BorderValues.Single,
                            Size = 4,
                            Color = "9AA5B1",
                        },
                        new RightBorder
                        {
                            Val = BorderValues.Single,
                            Size = 4,
                            Color = "9AA5B1",
                        },
                        new InsideHorizontalBorder
                        {
                            Val = BorderValues.Single,
                            Size = 4,
                            Color = "9AA5B1",
                        },
                        new InsideVerticalBorder
                        {
                            Val = BorderValues.Single,
                            Size = 4,
                            Color = "9AA5B1",
                        }
                    ),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }
                    )
                )
            )
            {
                Type = StyleValues.Table,
                StyleId = TableGrid,
            }
        );

    /// <summary>"#2a7f50" as Word writes colours: "2A7F50".</summary>
    public static string Hex(string colour) =>
        colour.TrimStart('#').ToUpperInvariant() switch
        {
            { Length: 3 } s => string.Concat(s.Select(c => $"{c}{c}")),
            var s => s,
        };

    private static Style Heading(string id, string name, int level, int size, int spaceBefore)
    {
        var style = Paragraph(
            id,
            name,
            "Normal",
            size: size,
            bold: true,
            spaceBefore: spaceBefore,
            spaceAfter: 120,
            colour: "1F3A5F"
        );
        style.StyleParagraphProperties!.Append(new OutlineLevel { Val = level });
        style.StyleParagraphProperties.InsertAt(new KeepNext(), 0);
        style.StyleParagraphProperties.InsertAt(new KeepLines(), 1);
        return style;
    }

    private static Style Bullet()
    {
        var style = Paragraph(ListBullet, "List Bullet", "Normal", spaceAfter: 60);
        style.StyleParagraphProperties!.InsertAt(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList }),
            0
        );
        return style;
    }

    private static Style Paragraph(
        string id,
        string name,
        string? basedOn,
        int? size = null,
        bool bold = false,
        int? spaceBefore = null,
        int? spaceAfter = null,
        string? colour = null,
        bool isDefault = false
    )
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (spaceBefore is not null || spaceAfter is not null)
        {
            // An attribute set to null is written empty, which Word's schema refuses: set only those given.
            var spacing = new SpacingBetweenLines();
            if (spaceBefore is { } before)
            {
                spacing.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (spaceAfter is { } after)
            {
                spacing.After = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.Append(spacing);
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (colour is not null)
        {
            run.Append(new Color { Val = colour });
        }

        if (size is { } half)
        {
            var text = half.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = text }, new FontSizeComplexScript { Val = text });
        }

        style.Append(run);
        return style;
    }
}
