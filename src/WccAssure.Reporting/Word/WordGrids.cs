using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// A rating grid's cell: its markers (● last year, □ self, ✓ panel, ◆ evidenced) with their words under them, the
/// cell the panel chose shaded, and a footnote after each marker that was reconstructed.
/// </summary>
internal static class WordGrids
{
    public const string Key =
        "Markers: ● last year's rating · □ this year's self-rating · ✓ panel assessment · ◆ rating the evidence "
        + "supports.";

    public static WordCell Cell(WordBuilder word, MarkCell cell, string? panelFill)
    {
        // Each marker carries its own mark, so a stated tick beside a reconstructed self-rating reads "□* ✓".
        var content = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        foreach (var (glyph, i) in cell.Glyphs.Select((g, i) => (g, i)))
        {
            content.AddRange(word.Value(i == 0 ? glyph.Symbol : $" {glyph.Symbol}", glyph.Mark));
        }

        if (cell.Words.Length > 0)
        {
            content.Add(
                new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Break())
            );
            content.Add(WordText.Muted(cell.Words));
        }

        return WordCell.Of(content, cell.Panel ? panelFill : null, centre: true);
    }
}
