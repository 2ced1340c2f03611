using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// Governance: a section per area with its grid of measures by Red, Amber and Green, rationale and recommendations.
/// </summary>
internal static class WordGovernance
{
    public static void Write(WordBuilder word)
    {
        word.Add(WordText.Heading(1, "Governance", pageBreakBefore: true));
        foreach (var area in word.View.Governance)
        {
            Area(word, area);
        }
    }

    private static void Area(WordBuilder word, AreaView area)
    {
        word.Add(
            WordText.Heading(2, [.. WordInline.Text($"{area.Name}: "), .. word.Value(area.Rating, area.RatingMark)])
        );
        word.Add(WordText.Body($"Area rating {area.RatingBasis}."));
        word.Add(WordText.Legend(WordGrids.Key));
        word.Add(
            WordTables.Build(
                ["Measure", .. area.Columns, "Evidenced"],
                [40, .. area.Columns.Select(_ => 15), 15],
                area.Measures.Select(m =>
                    (IReadOnlyList<WordCell>)
                        [
                            WordCell.Of($"{m.Number}. {m.Name}"),
                            .. m.Cells.Select(c =>
                                WordGrids.Cell(word, c, Palette.Light(c.Rag ?? Core.Model.Rag.Green))
                            ),
                            WordScorecard.Rating(word, m.Evidenced, m.EvidencedRag, ValueMark.None),
                        ]
                )
            )
        );
        word.Add(WordText.Heading(3, "Rationale for scoring"));
        foreach (var m in area.Measures)
        {
            word.Add(
                WordText.Numbered(
                    $"{m.Number}.",
                    m.Rationale.IsEmpty ? [WordText.Muted("No rationale recorded.")] : WordBuilder.Note(m.Rationale)
                )
            );
        }

        if (area.Recommendations.Count > 0)
        {
            word.Add(WordText.Heading(3, "Recommendations going forward"));
            word.Bullets(area.Recommendations);
        }

        if (area.Gaps.Count > 0)
        {
            word.Add(WordText.Heading(3, "To reach the next rating (for authors)"));
            foreach (var gap in area.Gaps)
            {
                word.Add(
                    WordText.Bullet([
                        WordText.Bold(gap.Measure),
                        .. WordInline.Text($" ({gap.Current}), for {gap.Next}: {string.Join("; ", gap.Missing)}"),
                    ])
                );
            }
        }
    }
}
