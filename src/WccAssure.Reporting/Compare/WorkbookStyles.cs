using System.Drawing;
using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using WccAssure.Core.Model;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The comparison workbook's cell styles, registered once per workbook: the file holds one style record per
/// distinct look, and cells refer to it by number, so the heatmap and RAG styles are cached by level and rating.
/// </summary>
internal sealed class WorkbookStyles
{
    public const string Scores = "0.00";
    public const string Whole = "0";

    private readonly Spreadsheet _book;
    private readonly Dictionary<int, StyleId> _heatmap = [];
    private readonly Dictionary<Rag, StyleId> _rag = [];

    public WorkbookStyles(Spreadsheet book)
    {
        _book = book;
        Title = book.AddStyle(new Style { Font = { Bold = true, Size = 13 } });
        Notice = book.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Colour(Palette.Notice) } });
        Header = book.AddStyle(
            new Style { Font = { Bold = true }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } }
        );
        WholeNumber = book.AddStyle(new Style { Format = NumberFormat.Custom(Whole) });
        Score = book.AddStyle(new Style { Format = NumberFormat.Custom(Scores) });
    }

    public StyleId Title { get; }

    /// <summary>The synthetic notice: bold on a pale yellow fill, so it cannot be missed above the header.</summary>
    public StyleId Notice { get; }

    public StyleId Header { get; }

    public StyleId WholeNumber { get; }

    public StyleId Score { get; }

    /// <summary>A competency score on its heatmap level's fill and ink, formatted to two places.</summary>
    public StyleId Heatmap(double score)
    {
        var level = HeatmapScale.Level(score);
        if (!_heatmap.TryGetValue(level, out var id))
        {
            var (fill, ink) = HeatmapScale.Of(score);
            id = _book.AddStyle(
                new Style
                {
                    Fill = { Color = Colour(fill) },
                    Font = { Color = Colour(ink) },
                    Format = NumberFormat.Custom(Scores),
                }
            );
            _heatmap[level] = id;
        }

        return id;
    }

    /// <summary>A governance area's rating on the page's light Red / Amber / Green fill.</summary>
    public StyleId Rag(Rag rag)
    {
        if (!_rag.TryGetValue(rag, out var id))
        {
            id = _book.AddStyle(new Style { Fill = { Color = Colour(View.Palette.Light(rag)) } });
            _rag[rag] = id;
        }

        return id;
    }

    /// <summary>An opaque colour from the "#RRGGBB" the page's palettes are written in.</summary>
    private static Color Colour(string hex) =>
        Color.FromArgb(
            unchecked((int)0xFF000000) | int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        );
}
