using System.Globalization;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>Builds the competency overview, the page per competency and the gap list for authors.</summary>
public static class CompetencyViews
{
    public static IReadOnlyList<ScorecardRow> Rows(AssessmentScore score) =>
        [.. score.Competencies.Select(c => new ScorecardRow(
            c.Definition.Number,
            c.Definition.ShortName,
            Formats.Score(c.PanelScore),
            Formats.Score(c.SelfScore),
            c.AddedThisYear ? "added this year" : Formats.Score(c.LastYearScore),
            Formats.Score(c.EvidencedScore),
            Formats.Movement(c.PanelScore ?? c.EvidencedScore, c.LastYearScore ?? c.EvidencedLastYear))
        {
            PanelMark = ValueMarks.Score(c, m => m.Panel, "panel ratings"),
            SelfMark = ValueMarks.Score(c, m => m.Self, "self-ratings"),
            LastYearMark = c.AddedThisYear ? ValueMark.None : ValueMarks.Score(c, m => m.LastYear, "last-year ratings"),
            MovementMark = ValueMarks.Movement(c),
        })];

    public static CompetencyOverview Overview(AssessmentScore score)
    {
        var c = score.Counts;
        var counts = new List<string>();
        if (c.ComparedWithSelf > 0)
        {
            counts.Add($"The panel found evidence meeting or exceeding the self-assessment on {c.MetOrExceededSelf} of {c.ComparedWithSelf} competencies.");
        }

        if (c.ComparedWithLastYear > 0)
        {
            counts.Add($"Improved on last year in {c.ImprovedOnLastYear} of {c.ComparedWithLastYear} competencies.");
        }

        if (c.AddedThisYear > 0)
        {
            counts.Add($"{c.AddedThisYear} competenc{(c.AddedThisYear == 1 ? "y was" : "ies were")} added this year, so no rating from last year exists for {(c.AddedThisYear == 1 ? "it" : "them")}.");
        }

        if (c.ComparedWithSelf == 0)
        {
            counts.Add("No self or panel ratings are recorded yet: the levels shown are those the evidence supports.");
        }

        return new CompetencyOverview(counts, Rows(score));
    }

    /// <summary>The heads of the level columns, from the same levels the mark cells are placed on.</summary>
    private static readonly IReadOnlyList<string> LevelColumns = [.. MarkCells.ForLevels(null, null, null, null).Select(c => $"Level {c.Label}")];

    public static IReadOnlyList<CompetencyView> Pages(AssessmentScore score) =>
        [.. score.Competencies.Select(c => new CompetencyView(
            c.Definition.Number,
            c.Definition.ShortName,
            c.Definition.Statement,
            LevelColumns,
            [.. c.Measures.Select(m => new MeasureRowView(
                m.Definition.Id,
                m.Definition.Name,
                MarkCells.ForLevels(m.LastYear, m.Self, m.Panel, m.EvidencedLevel),
                m.Record.Rationale is { } r ? Narrative.Note(r, m.Record.Source?.ToString() ?? "") : NoteView.None,
                m.EvidencedLevel.ToString(CultureInfo.InvariantCulture)))],
            [.. score.Assessment.Competency(c.Definition.Id)!.Recommendations.Select(Narrative.Note)]))];

    public static IReadOnlyList<GapView> Gaps(AssessmentScore score) =>
        [.. score.Competencies.SelectMany(c => c.Measures
            .Where(m => m.Gap.Count > 0)
            .Select(m => new GapView(
                $"{c.Definition.Number}{m.Definition.Id} {m.Definition.Name}",
                m.EvidencedLevel.ToString(CultureInfo.InvariantCulture),
                (m.EvidencedLevel + 1).ToString(CultureInfo.InvariantCulture),
                [.. m.Gap.Select(g => g.Explain(score.Assessment.Folder))])))];
}
