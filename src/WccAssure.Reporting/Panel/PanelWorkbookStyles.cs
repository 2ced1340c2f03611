using DocumentFormat.OpenXml.Spreadsheet;

namespace WccAssure.Reporting.Panel;

/// <summary>
/// The panel workbook's few cell styles, by their index in the styles part. Every style is locked (the sheet's
/// protection keeps it as exported) except <see cref="Editable"/>: the panel's rating and rationale cells, on a pale
/// yellow fill so they are found at a glance.
/// </summary>
internal static class PanelWorkbookStyles
{
    public const uint Body = 0;
    public const uint Header = 1;
    public const uint Wrapped = 2;
    public const uint Editable = 3;
    public const uint Title = 4;

    public static Stylesheet Create() =>
        new(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Calibri" })
            )
            {
                Count = 3,
            },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(
                    new PatternFill(new ForegroundColor { Rgb = "FFFFF3BF" }) { PatternType = PatternValues.Solid }
                )
            )
            {
                Count = 3,
            },
            new Borders(
                new Border(
                    new LeftBorder(),
                    new RightBorder(),
                    new TopBorder(),
                    new BottomBorder(),
                    new DiagonalBorder()
                )
            )
            {
                Count = 1,
            },
            new CellStyleFormats(
                new CellFormat
                {
                    NumberFormatId = 0,
                    FontId = 0,
                    FillId = 0,
                    BorderId = 0,
                }
            )
            {
                Count = 1,
            },
            new CellFormats(
                new CellFormat
                {
                    FontId = 0,
                    FillId = 0,
                    BorderId = 0,
                    FormatId = 0,
                },
                Aligned(
                    new CellFormat
                    {
                        FontId = 1,
                        FillId = 0,
                        BorderId = 0,
                        FormatId = 0,
                        ApplyFont = true,
                    }
                ),
                Aligned(
                    new CellFormat
                    {
                        FontId = 0,
                        FillId = 0,
                        BorderId = 0,
                        FormatId = 0,
                    }
                ),
                Unlocked(
                    Aligned(
                        new CellFormat
                        {
                            FontId = 0,
                            FillId = 2,
                            BorderId = 0,
                            FormatId = 0,
                            ApplyFill = true,
                        }
                    )
                ),
                new CellFormat
                {
                    FontId = 2,
                    FillId = 0,
                    BorderId = 0,
                    FormatId = 0,
                    ApplyFont = true,
                }
            )
            {
                Count = 5,
            }
        );

    private static CellFormat Aligned(CellFormat format)
    {
        format.ApplyAlignment = true;
        format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
        return format;
    }

    private static CellFormat Unlocked(CellFormat format)
    {
        format.ApplyProtection = true;
        format.Append(new Protection { Locked = false });
        return format;
    }
}
