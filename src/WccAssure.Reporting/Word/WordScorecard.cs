using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The panel scorecard: its picture, the competency scores and the governance ratings shaded in their colours.
/// </summary>
internal static class WordScorecard
{
    public static void Write(WordBuilder word)
    {
        var scorecard = word.View.Scorecard;
        word.Add(WordText.Heading(1, "Panel scorecard", pageBreakBefore: true));
        word.Picture(
            scorecard.Svg,
            "Panel scorecard: a bar per competency on the 1 to 4 scale with the self-rating and last year marked, and "
                + "a tile per governance area in its rating's colour. The tables below give the same scores."
        );
        word.Add(
            WordTables.Build(
                ["Competency", "Panel", "Self-rating", "Last year", "Evidenced", "Movement on last year"],
                [34, 11, 12, 11, 11, 21],
                scorecard.Competencies.Select(r =>
                    (IReadOnlyList<WordCell>)
                        [
                            WordCell.Of($"{r.Number}. {r.Name}"),
                            WordCell.Of(word.Value(r.Panel, r.PanelMark), centre: true),
                            WordCell.Of(word.Value(r.Self, r.SelfMark), centre: true),
                            WordCell.Of(word.Value(r.LastYear, r.LastYearMark), centre: true),
                            WordCell.Of(word.Value(r.Evidenced, r.EvidencedMark), centre: true),
                            WordCell.Of(word.Value(r.Movement, r.MovementMark)),
                        ]
                )
            )
        );
        word.Add(WordText.Body(""));
        word.Add(
            WordTables.Build(
                ["Governance area", "Rating", "Measures (panel)"],
                [30, 30, 40],
                scorecard.Governance.Select(g =>
                    (IReadOnlyList<WordCell>)
                        [WordCell.Of(g.Name), Rating(word, g.Rating, g.Rag, g.RatingMark), WordCell.Of(g.Tally)]
                )
            )
        );
        word.Add(
            WordText.Legend(
                $"{scorecard.Legend} “Evidenced” is the level the recorded evidence supports under the framework's "
                    + $"criteria. “Movement” "
                    + "compares the panel score (else the evidenced level) with last year's. A computed area rating "
                    + "is this tool's roll-up."
            )
        );
    }

    /// <summary>A rating word on its strong colour, in the text colour that reads on it.</summary>
    public static WordCell Rating(WordBuilder word, string rating, Core.Model.Rag? rag, ValueMark mark) =>
        WordCell.Of(word.Value(rating, mark), Palette.Strong(rag), Palette.TextOn(rag), centre: true);

    public static void Overview(WordBuilder word)
    {
        var overview = word.View.Overview;
        word.Add(WordText.Heading(2, "Overview"));
        foreach (var count in overview.Marked)
        {
            word.Add(
                WordText.Bullet([
                    .. word.Value(count.Text, count.Mark),
                    .. count.Cite.Length > 0 ? new[] { WordText.Muted($" ({count.Cite})") } : [],
                ])
            );
        }

        word.Add(
            WordTables.Build(
                ["Competency", "Panel", "Self-rating", "Last year", "Evidenced"],
                [44, 14, 14, 14, 14],
                overview.Rows.Select(r =>
                    (IReadOnlyList<WordCell>)
                        [
                            WordCell.Of($"{r.Number}. {r.Name}"),
                            WordCell.Of(word.Value(r.Panel, r.PanelMark), centre: true),
                            WordCell.Of(word.Value(r.Self, r.SelfMark), centre: true),
                            WordCell.Of(word.Value(r.LastYear, r.LastYearMark), centre: true),
                            WordCell.Of(word.Value(r.Evidenced, r.EvidencedMark), centre: true),
                        ]
                )
            )
        );
        word.Add(
            WordText.Legend(
                $"{ValueMark.ReconstructedSymbol} rests on ratings reconstructed rather than stated by the source; "
                    + $"{ValueMark.ComputedSymbol} computed by this tool. The numbered footnotes give each reason."
            )
        );
    }
}
