using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WccAssure.Reporting.Word;

/// <summary>Health outcomes: the table of rates against the benchmarks, the chart, and the observations.</summary>
internal static class WordOutcomes
{
    public static void Write(WordBuilder word)
    {
        var outcomes = word.View.Outcomes;
        word.Add(WordText.Heading(1, "Health outcomes", pageBreakBefore: true));
        if (outcomes.IsEmpty)
        {
            word.Add(WordText.Body([WordText.Muted("No outcome indicators are recorded.")]));
            return;
        }

        word.Add(
            WordText.Legend(
                $"Outcomes selection: {outcomes.SelectionDate}. Rates are compound annual growth rates (CAGR, %); "
                    + $"“n/a” means not available or not computable."
            )
        );
        word.Add(
            WordTables.Build(
                [
                    .. new[]
                    {
                        "#",
                        "Strategic priority",
                        "Indicator",
                        "PCT¹",
                        "National",
                        outcomes.PeerGroup,
                        "Top decile²",
                        "PCT aspiration",
                        "Quartile",
                    }.Select(h => WordTables.Header([WordText.Bold(h)])),
                    WordTables.Header([
                        WordText.Bold("Aspiration judgement"),
                        .. word.Notes.Mark(outcomes.JudgementMark),
                    ]),
                ],
                [3, 9, 20, 7, 9, 9, 8, 10, 9, 16],
                outcomes.Rows.Select(r =>
                    (IReadOnlyList<WordCell>)
                        [
                            WordCell.Of(r.Number),
                            WordCell.Of(r.Priority + (r.NewlySelected ? " ★" : "")),
                            WordCell.Of(Indicator(r)),
                            WordCell.Of(word.Value(r.Pct, r.PctMark), centre: true),
                            WordCell.Of(word.Value(r.National, r.BenchmarkMark), centre: true),
                            WordCell.Of(word.Value(r.Cluster, r.BenchmarkMark), centre: true),
                            WordCell.Of(word.Value(r.TopDecile, r.BenchmarkMark), centre: true),
                            WordCell.Of(word.Value(r.Aspiration, r.AspirationMark), centre: true),
                            WordCell.Of(r.Quartile),
                            WordCell.Of(r.Judgement),
                        ]
                )
            )
        );
        foreach (var (note, i) in outcomes.Notes.Select((n, i) => (n, i)))
        {
            word.Add(WordText.Legend($"{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}. {note}"));
        }

        word.Add(WordText.Heading(2, "Rates of improvement against the benchmarks"));
        word.Picture(
            outcomes.Svg,
            "Outcome chart: for each indicator, the PCT's rate of improvement beside the national, peer-group and "
                + "top-decile rates and the PCT's aspiration, turned so that right is better. The table above gives "
                + "the same figures."
        );
        // The observations in the source's own groups and order; the judged ones carry the mark of the rules that word
        // them.
        word.Add(WordText.Heading(2, "Observations"));
        foreach (var group in outcomes.Groups)
        {
            word.Add(WordText.Heading(3, word.Value(group.Title, group.Mark)));
            word.Bullets(group.Items);
        }

        if (!word.View.ForPanel)
        {
            word.Add(
                WordText.Legend(
                    "Aspiration judgements (“#3 and #5: …”) come from this tool's proposed rules in the framework file."
                )
            );
        }
    }

    private static IEnumerable<OpenXmlElement> Indicator(View.OutcomeRowView row)
    {
        var text = row.Indicator + (row.Split.Length > 0 ? $" ({row.Split})" : "");
        return row.Notes.Length == 0
            ? WordInline.Text(text)
            : [.. WordInline.Text(text), new Run(new Break()), WordText.Muted(row.Notes)];
    }
}
