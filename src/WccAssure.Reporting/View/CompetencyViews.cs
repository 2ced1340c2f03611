using System.Globalization;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>Builds the competency overview, the page per competency and the gap list for authors.</summary>
internal static class CompetencyViews
{
    public const string NoEvidence = "no evidence yet";

    /// <summary>
    /// The scorecard rows. In a draft, movement compares the self-rating (else the evidenced level) with last year;
    /// in a panel's report the panel score (else the evidenced level). Untouched work has no evidenced score to
    /// compare, and nothing to compare with shows nothing, not a lone mark.
    /// </summary>
    public static IReadOnlyList<ScorecardRow> Rows(AssessmentScore score, bool draft = false) =>
        [
            .. score.Competencies.Select(c =>
            {
                var evidenced = c.HasEvidence ? c.EvidencedScore : (double?)null;
                var movement = Formats.Movement(
                    draft ? c.SelfScore ?? evidenced : c.PanelScore ?? evidenced,
                    c.LastYearScore ?? c.EvidencedLastYear
                );
                return new ScorecardRow(
                    c.Definition.Number,
                    c.Definition.ShortName,
                    Formats.Score(c.PanelScore),
                    Formats.Score(c.SelfScore),
                    c.AddedThisYear ? "added this year" : Formats.Score(c.LastYearScore),
                    evidenced is null ? NoEvidence : Formats.Score(evidenced),
                    movement
                )
                {
                    PanelScore = c.PanelScore,
                    SelfScore = c.SelfScore,
                    LastYearScore = c.AddedThisYear ? null : c.LastYearScore,
                    EvidencedScore = evidenced,
                    PanelMark = ValueMarks.Score(c, m => m.Panel, "panel ratings"),
                    SelfMark = ValueMarks.Score(c, m => m.Self, "self-ratings"),
                    LastYearMark = c.AddedThisYear
                        ? ValueMark.None
                        : ValueMarks.Score(c, m => m.LastYear, "last-year ratings"),
                    MovementMark = movement.Length == 0 ? ValueMark.None : ValueMarks.Movement(c, draft),
                    EvidencedMark = EvidencedMark(c),
                };
            }),
        ];

    public static CompetencyOverview Overview(AssessmentScore score, bool draft = false)
    {
        var c = score.Counts;
        var counts = new List<string>();
        if (c.ComparedWithSelf > 0)
        {
            counts.Add(
                $"The panel found evidence meeting or exceeding the self-assessment on {c.MetOrExceededSelf} of "
                    + $"{c.ComparedWithSelf} competencies."
            );
        }

        if (c.ComparedWithLastYear > 0)
        {
            counts.Add($"Improved on last year in {c.ImprovedOnLastYear} of {c.ComparedWithLastYear} competencies.");
        }

        if (c.AddedThisYear > 0)
        {
            counts.Add(
                $"{c.AddedThisYear} competenc{(c.AddedThisYear == 1 ? "y was" : "ies were")} added this year, so no "
                    + $"rating from last year exists for {(c.AddedThisYear == 1 ? "it" : "them")}."
            );
        }

        var measures = score.Competencies.SelectMany(x => x.Measures).ToList();
        var selfRated = score.Competencies.Where(x => x.SelfScore is not null).ToList();
        if (draft && selfRated.Count > 0)
        {
            counts.Add($"Self-rated in full: {selfRated.Count} of {score.Competencies.Count} competencies.");
            var backed = selfRated.Where(x => x.HasEvidence).ToList();
            if (backed.Count > 0)
            {
                var supported = backed.Count(x => ScoreBand.Compare(x.EvidencedScore, x.SelfScore!.Value) >= 0);
                counts.Add($"The evidence supports the self-rating or more on {supported} of {backed.Count} of them.");
            }
        }

        // Only when nothing at all is rated: a single self-rated measure is a self score this would contradict.
        if (measures.All(m => m.Self is null && m.Panel is null))
        {
            counts.Add(
                draft
                    ? "No self-ratings are recorded yet: the levels shown are those the evidence supports."
                    : "No self or panel ratings are recorded yet: the levels shown are those the evidence supports."
            );
        }

        var stated = score.Assessment.StatedCounts;
        var marked = new List<CountView>();
        if (c.ComparedWithSelf > 0)
        {
            var mark = CountMark(
                score,
                x => x.MetOrExceededSelf is not null,
                m => [m.Panel, m.Self],
                "panel and self-ratings"
            );
            marked.Add(Stated(new(counts[0], mark, ""), stated.MetOrExceededSelf, c.MetOrExceededSelf));
        }

        if (c.ComparedWithLastYear > 0)
        {
            var mark = CountMark(
                score,
                x => x.ImprovedOnLastYear is not null,
                m => [m.Panel, m.LastYear],
                "panel and last-year ratings"
            );
            marked.Add(Stated(new(counts[marked.Count], mark, ""), stated.ImprovedOnLastYear, c.ImprovedOnLastYear));
        }

        marked.AddRange(counts.Skip(marked.Count).Select(t => new CountView(t, ValueMark.None, "")));
        if (
            c.AddedThisYear > 0
            && marked.FindIndex(v => v.Text.Contains("added this year", StringComparison.Ordinal)) is var added and >= 0
        )
        {
            marked[added] = Stated(marked[added], stated.AddedThisYear, c.AddedThisYear);
        }

        return new CompetencyOverview(counts, Rows(score, draft)) { Marked = marked };
    }

    /// <summary>A count the source states too cites it, and its mark's reason says whether the two agree.</summary>
    private static CountView Stated(CountView count, Core.Model.Assessment.StatedCount? stated, int counted)
    {
        if (stated?.Source is not { } source)
        {
            return count;
        }

        var agreement = stated.Count == counted ? "the same count" : $"{stated.Count}, not {counted}";
        return count with
        {
            Cite = source.ToString(),
            Mark = count.Mark.IsEmpty
                ? count.Mark
                : count.Mark with
                {
                    Note = $"{count.Mark.Note} The source states {agreement} ({source}).",
                },
        };
    }

    /// <summary>
    /// A count rests on a reconstruction when any competency it compares has a reconstructed rating it uses.
    /// </summary>
    private static ValueMark CountMark(
        AssessmentScore score,
        Func<CompetencyScore, bool> compared,
        Func<MeasureScore, Core.Model.Rating<int>?[]> used,
        string what
    )
    {
        var rebuilt = score
            .Competencies.Where(compared)
            .Where(x =>
                x.Measures.Any(m => used(m).Any(r => r?.Provenance.Kind == Core.Model.ProvenanceKind.Reconstructed))
            )
            .Select(x => x.Definition.Number.ToString(CultureInfo.InvariantCulture))
            .ToList();
        return rebuilt.Count == 0
            ? ValueMark.None
            : ValueMark.Reconstructed(
                $"Counted by this tool from {what}, some of them reconstructed "
                    + $"(competenc{(rebuilt.Count == 1 ? "y" : "ies")} {string.Join(", ", rebuilt)})."
            );
    }

    /// <summary>
    /// * on a competency's evidenced score when a measure's evidenced level rests on a reconstructed figure.
    /// </summary>
    private static ValueMark EvidencedMark(CompetencyScore c) =>
        c.Measures.Where(m => !ValueMarks.Evidenced(m).IsEmpty).Select(m => m.Definition.Id).ToList()
            is { Count: > 0 } rebuilt
            ? ValueMark.Reconstructed(
                $"Rests on reconstructed figures for measure{(rebuilt.Count == 1 ? "" : "s")} "
                    + $"{string.Join(", ", rebuilt)}."
            )
            : ValueMark.None;

    /// <summary>The heads of the level columns, from the same levels the mark cells are placed on.</summary>
    private static readonly IReadOnlyList<string> LevelColumns =
    [
        .. MarkCells.ForLevels(null, null, null, null).Select(c => $"Level {c.Label}"),
    ];

    /// <summary>
    /// A page per competency of the framework; one whose file a draft could not read is a placeholder saying why.
    /// </summary>
    public static IReadOnlyList<CompetencyView> Pages(AssessmentScore score) =>
        [
            .. score
                .Framework.Competencies.Select(definition =>
                    score.Competencies.FirstOrDefault(c => c.Definition.Id == definition.Id) is { } c ? Page(score, c)
                    : UnreadText.For(score.Assessment, $"competencies/{definition.Id}.yaml")
                        is not { Length: > 0 } unread
                        ? null
                    : new CompetencyView(
                        definition.Number,
                        definition.ShortName,
                        definition.Statement,
                        LevelColumns,
                        new List<MeasureRowView>(),
                        new List<NoteView>()
                    )
                    {
                        Unread = unread,
                    }
                )
                .OfType<CompetencyView>(),
        ];

    private static CompetencyView Page(AssessmentScore score, CompetencyScore c) =>
        new(
            c.Definition.Number,
            c.Definition.ShortName,
            c.Definition.Statement,
            LevelColumns,
            [
                .. c.Measures.Select(m => new MeasureRowView(
                    m.Definition.Id,
                    m.Definition.Name,
                    MarkCells.ForLevels(
                        m.LastYear,
                        m.Self,
                        m.Panel,
                        m.Record.HasEvidence ? m.EvidencedLevel : null,
                        ValueMarks.Evidenced(m)
                    ),
                    m.Record.Rationale is { } r ? Narrative.Note(r, m.Record.Source?.ToString() ?? "") : NoteView.None,
                    m.Record.HasEvidence ? m.EvidencedLevel.ToString(CultureInfo.InvariantCulture) : NoEvidence
                )
                {
                    NoRationale = m.Record.HasEvidence
                        ? $"No rationale recorded; the evidence supports level "
                            + $"{m.EvidencedLevel.ToString(CultureInfo.InvariantCulture)}."
                        : "No rationale or evidence yet.",
                    Evidence = EvidenceView.Of(m.Record, score.Assessment.Folder),
                }),
            ],
            [.. score.Assessment.Competency(c.Definition.Id)!.Recommendations.Select(Narrative.Note)]
        );

    public static IReadOnlyList<GapView> Gaps(AssessmentScore score) =>
        [
            .. score.Competencies.SelectMany(c =>
                c.Measures.Where(m => m.Gap.Count > 0)
                    .Select(m => new GapView(
                        $"{c.Definition.Number}{m.Definition.Id} {m.Definition.Name}",
                        m.Record.HasEvidence ? m.EvidencedLevel.ToString(CultureInfo.InvariantCulture) : NoEvidence,
                        (m.EvidencedLevel + 1).ToString(CultureInfo.InvariantCulture),
                        [.. m.Gap.Select(g => g.Explain(score.Assessment.Folder))]
                    )
                    {
                        Standing = m.Record.HasEvidence
                            ? $"evidenced level {m.EvidencedLevel.ToString(CultureInfo.InvariantCulture)}"
                            : NoEvidence,
                    })
            ),
        ];
}
