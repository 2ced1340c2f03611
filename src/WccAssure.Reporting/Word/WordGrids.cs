using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// A rating grid's cell: its markers (● last year, □ self, ✓ panel, ◆ evidenced) with their words under them, the
/// cell the panel chose shaded, and a footnote when a marker in it was reconstructed.
/// </summary>
internal static class WordGrids
{
    public const string Key = "Markers: ● last year's rating · □ this year's self-rating · ✓ panel assessment · ◆ rating the evidence supports.";

    public static WordCell Cell(WordBuilder word, MarkCell cell, string? panelFill)
    {
        var content = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        content.AddRange(word.Value(cell.Marks, cell.Mark));
        if (cell.Words.Length > 0)
        {
            content.Add(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Break()));
            content.Add(WordText.Muted(cell.Words));
        }

        return WordCell.Of(content, cell.Panel ? panelFill : null, centre: true);
    }
}
