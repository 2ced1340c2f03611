namespace WccAssure.Reporting.Word;

/// <summary>
/// What follows the competencies in the author's edition: the gap to the next level, the findings about the
/// evidence, the provenance appendix and the sources. The panel's edition has none of them: its reasons are in the
/// footnotes and in the provenance annex issued beside it.
/// </summary>
internal static class WordAppendix
{
    public static void Write(WordBuilder word)
    {
        var view = word.View;
        if (view.ForPanel)
        {
            return;
        }

        Gaps(word);
        word.Add(WordText.Heading(1, "Findings about the evidence", pageBreakBefore: true));
        word.Bullets(view.EvidenceFindings, "None.");
        word.Add(WordText.Heading(1, "Appendix: provenance of values not stated by a source", pageBreakBefore: true));
        if (view.Provenance.Count == 0)
        {
            word.Add(WordText.Body("Every value in this report is stated by a source."));
        }
        else
        {
            word.Add(
                WordTables.Build(
                    ["Value", "Shown as", "Kind", "Reasoning", "Where"],
                    [24, 9, 11, 40, 16],
                    view.Provenance.Select(p =>
                        (IReadOnlyList<WordCell>)
                            [
                                WordCell.Of(p.What),
                                WordCell.Of(p.Value),
                                WordCell.Of(p.Kind),
                                WordCell.Of(p.Note),
                                WordCell.Of(p.At),
                            ]
                    )
                )
            );
        }

        word.Add(WordText.Heading(2, "Sources"));
        foreach (var source in view.Sources)
        {
            word.Add(
                WordText.Bullet([
                    WordText.Bold(source.Id),
                    .. WordInline.Text(
                        $": {source.Title}{(source.Document.Length > 0 ? $" ({source.Document})" : "")}"
                    ),
                ])
            );
        }
    }

    private static void Gaps(WordBuilder word)
    {
        var view = word.View;
        word.Add(WordText.Heading(1, "Gap to the next level (for authors)", pageBreakBefore: true));
        if (view.Gaps.Count == 0)
        {
            word.Add(WordText.Body($"Every measure's evidence supports level {view.TopLevel}."));
        }
        else
        {
            word.Add(
                WordTables.Build(
                    ["Measure", "Evidenced", "To reach the next level"],
                    [30, 12, 58],
                    view.Gaps.Select(g =>
                        (IReadOnlyList<WordCell>)
                            [
                                WordCell.Of(g.Measure),
                                WordCell.Of(g.Current, centre: true),
                                WordCell.Of(string.Join("\n", g.Missing.Select(m => $"level {g.Next}: {m}"))),
                            ]
                    )
                )
            );
        }

        if (view.GovernanceGaps.Count > 0)
        {
            word.Add(WordText.Heading(2, "Governance: gap to the next rating"));
            word.Add(
                WordTables.Build(
                    ["Measure", "Evidenced", "To reach the next rating"],
                    [30, 12, 58],
                    view.GovernanceGaps.Select(g =>
                        (IReadOnlyList<WordCell>)
                            [
                                WordCell.Of(g.Measure),
                                WordCell.Of(g.Current),
                                WordCell.Of(string.Join("\n", g.Missing.Select(m => $"{g.Next}: {m}"))),
                            ]
                    )
                )
            );
        }
    }
}
