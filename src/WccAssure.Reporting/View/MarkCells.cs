using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

/// <summary>Places the markers of the seed report's grids: ● last year, □ self-rating, ✓ panel, ◆ evidenced.</summary>
public static class MarkCells
{
    public static IReadOnlyList<MarkCell> ForLevels(int? lastYear, int? self, int? panel, int? evidenced) =>
        [.. Enumerable.Range(1, 4).Select(level => Cell(level.ToString(System.Globalization.CultureInfo.InvariantCulture), $"level{level}",
            lastYear == level, self == level, panel == level, evidenced == level))];

    public static IReadOnlyList<MarkCell> ForRag(Rag? lastYear, Rag? self, Rag? panel, Rag? evidenced) =>
        [.. new[] { Rag.Red, Rag.Amber, Rag.Green }.Select(rag => Cell(rag.Title(), rag.Word(),
            lastYear == rag, self == rag, panel == rag, evidenced == rag))];

    private static MarkCell Cell(string label, string css, bool lastYear, bool self, bool panel, bool evidenced)
    {
        var marks = new List<string>();
        var words = new List<string>();
        Add(lastYear, "●", "last year");
        Add(self, "□", "self");
        Add(panel, "✓", "panel");
        Add(evidenced, "◆", "evidenced");
        return new MarkCell(label, css, lastYear, self, panel, evidenced, string.Join(" ", marks), string.Join(", ", words));

        void Add(bool on, string mark, string word)
        {
            if (on)
            {
                marks.Add(mark);
                words.Add(word);
            }
        }
    }
}
