using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

/// <summary>Places the markers of the seed report's grids: ● last year, □ self-rating, ✓ panel, ◆ evidenced.</summary>
internal static class MarkCells
{
    public static IReadOnlyList<MarkCell> ForLevels(
        Rating<int>? lastYear,
        Rating<int>? self,
        Rating<int>? panel,
        int? evidenced,
        ValueMark? evidencedMark = null
    ) =>
        [
            .. Enumerable
                .Range(1, 4)
                .Select(level =>
                    Marked(
                        Cell(
                            level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            $"level{level}",
                            lastYear?.Value == level,
                            self?.Value == level,
                            panel?.Value == level,
                            evidenced == level
                        ),
                        lastYear,
                        self,
                        panel,
                        evidencedMark
                    )
                ),
        ];

    public static IReadOnlyList<MarkCell> ForRag(
        Rating<Rag>? lastYear,
        Rating<Rag>? self,
        Rating<Rag>? panel,
        Rag? evidenced
    ) =>
        [
            .. new[] { Rag.Red, Rag.Amber, Rag.Green }.Select(rag =>
                Marked(
                    Cell(
                        rag.Title(),
                        rag.Word(),
                        lastYear?.Value == rag,
                        self?.Value == rag,
                        panel?.Value == rag,
                        evidenced == rag
                    ),
                    lastYear,
                    self,
                    panel
                ) with
                {
                    Rag = rag,
                }
            ),
        ];

    private static MarkCell Marked<T>(
        MarkCell cell,
        Rating<T>? lastYear,
        Rating<T>? self,
        Rating<T>? panel,
        ValueMark? evidencedMark = null
    )
        where T : struct =>
        cell with
        {
            Mark = ValueMarks.Cell(
                (cell.LastYear, "last year (●)", lastYear?.Provenance),
                (cell.Self, "self-rating (□)", self?.Provenance),
                (cell.Panel, "panel (✓)", panel?.Provenance)
            ),
            Glyphs = Glyphs(cell, lastYear, self, panel, evidencedMark ?? ValueMark.None),
        };

    private static List<MarkGlyph> Glyphs<T>(
        MarkCell cell,
        Rating<T>? lastYear,
        Rating<T>? self,
        Rating<T>? panel,
        ValueMark evidencedMark
    )
        where T : struct
    {
        var glyphs = new List<MarkGlyph>();
        if (cell.LastYear)
        {
            glyphs.Add(new("●", "last year", ValueMarks.Cell((true, "last year (●)", lastYear?.Provenance))));
        }

        if (cell.Self)
        {
            glyphs.Add(new("□", "self-rating", ValueMarks.Cell((true, "self-rating (□)", self?.Provenance))));
        }

        if (cell.Panel)
        {
            glyphs.Add(new("✓", "panel", ValueMarks.Cell((true, "panel (✓)", panel?.Provenance))));
        }

        if (cell.Evidenced)
        {
            glyphs.Add(new("◆", "evidenced", evidencedMark));
        }

        return glyphs;
    }

    private static MarkCell Cell(string label, string css, bool lastYear, bool self, bool panel, bool evidenced)
    {
        var marks = new List<string>();
        var words = new List<string>();
        Add(lastYear, "●", "last year");
        Add(self, "□", "self");
        Add(panel, "✓", "panel");
        Add(evidenced, "◆", "evidenced");
        return new MarkCell(
            label,
            css,
            lastYear,
            self,
            panel,
            evidenced,
            string.Join(" ", marks),
            string.Join(", ", words)
        );

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
