using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>Builds the governance pages from the scored areas.</summary>
public static class GovernanceViews
{
    private static readonly IReadOnlyList<string> RagColumns = [.. MarkCells.ForRag(null, null, null, null).Select(c => c.Label)];

    public static IReadOnlyList<AreaView> Build(AssessmentScore score) =>
        [.. score.Governance.Select((area, i) => new AreaView(
            i + 1,
            area.Definition.Name,
            area.Rating?.Title() ?? "Not rated",
            Formats.RagClass(area.Rating),
            Basis(area),
            RagColumns,
            [.. area.Measures.Select(Row)],
            [.. score.Assessment.Area(area.Definition.Id)!.Recommendations.Select(Narrative.Note)])
        {
            RatingMark = ValueMarks.Area(area),
            Gaps = [.. area.Measures.Where(m => m.Gap.Count > 0).Select(m => new GapView(
                $"{area.Definition.Name} {m.Definition.Number} {m.Definition.Name}",
                m.Evidenced.Title(),
                m.Next?.Title() ?? "",
                [.. m.Gap.Select(g => g.Explain(score.Assessment.Folder))]))],
        })];

    private static string Basis(GovernanceAreaScore area) => area switch
    {
        { StatedRating: { } stated } when stated.Provenance.Kind == ProvenanceKind.Reconstructed => "reconstructed panel rating",
        { StatedRating: not null } => "as stated by the panel",
        { PanelRating: not null } => "rolled up from the panel's measure ratings",
        _ => $"not rated; the evidence supports {area.EvidencedRating.Title()}",
    };

    private static GovernanceRowView Row(GovernanceMeasureScore m) => new(
        m.Definition.Number,
        m.Definition.Name,
        MarkCells.ForRag(m.Record.LastYear, m.Record.Self, m.Record.Panel, m.Evidenced),
        m.Evidenced.Title(),
        m.Evidenced.Word(),
        m.Record.Rationale is { } rationale ? Narrative.Note(rationale, m.Record.Source?.ToString() ?? "") : NoteView.None);
}
