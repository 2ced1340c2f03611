using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>The competencies: the overview, then a section per competency with its grid of measures by level.</summary>
internal static class WordCompetencies
{
    public static void Write(WordBuilder word)
    {
        word.Add(WordText.Heading(1, "Competencies", pageBreakBefore: true));
        WordScorecard.Overview(word);
        foreach (var competency in word.View.Competencies)
        {
            Competency(word, competency);
        }
    }

    private static void Competency(WordBuilder word, CompetencyView c)
    {
        word.Add(WordText.Heading(2, $"Competency {c.Number} – {c.Name}", pageBreakBefore: true));
        word.Add(WordText.Body(WordInline.Text(c.Statement, italic: true)));
        word.Add(
            WordText.Legend(
                WordGrids.Key.Replace("rating the evidence", "level the evidence", StringComparison.Ordinal)
                    + $" {ValueMark.ReconstructedSymbol} a marker reconstructed from the source."
            )
        );
        word.Add(
            WordTables.Build(
                ["Measure", .. c.Columns],
                [40, .. c.Columns.Select(_ => 15)],
                c.Measures.Select(m =>
                    (IReadOnlyList<WordCell>)
                        [
                            WordCell.Of($"{m.Letter}. {m.Name}"),
                            .. m.Cells.Select(cell => WordGrids.Cell(word, cell, Palette.LevelLight)),
                        ]
                )
            )
        );
        word.Add(WordText.Heading(3, "Rationale for scoring"));
        foreach (var m in c.Measures)
        {
            word.Add(
                WordText.Numbered(
                    $"{m.Letter}.",
                    m.Rationale.IsEmpty
                        ? [WordText.Muted($"No rationale recorded; the evidence supports level {m.Evidenced}.")]
                        : WordBuilder.Note(m.Rationale)
                )
            );
        }

        if (c.Recommendations.Count > 0)
        {
            word.Add(WordText.Heading(3, "Recommendations going forward"));
            word.Bullets(c.Recommendations);
        }
    }
}
