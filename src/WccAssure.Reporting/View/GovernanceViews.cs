using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>Builds the governance pages from the scored areas.</summary>
internal static class GovernanceViews
{
    private static readonly IReadOnlyList<string> RagColumns =
    [
        .. MarkCells.ForRag(null, null, null, null).Select(c => c.Label),
    ];

    /// <summary>
    /// A page per area of the framework, numbered as the framework orders them; one whose file a draft could not
    /// read is a placeholder saying why. In a draft the area rating is the self-ratings' roll-up.
    /// </summary>
    public static IReadOnlyList<AreaView> Build(AssessmentScore score, bool draft = false, bool withGaps = true) =>
        [
            .. score
                .Framework.Governance.Select(
                    (definition, i) =>
                        score.Governance.FirstOrDefault(g => g.Definition.Id == definition.Id) is { } area
                            ? Page(score, area, i + 1, draft, withGaps)
                        : UnreadText.For(score.Assessment, $"governance/{definition.Id}.yaml")
                            is not { Length: > 0 } unread
                            ? null
                        : new AreaView(
                            i + 1,
                            definition.Name,
                            "Could not be read",
                            "none",
                            "not shown: its file could not be read",
                            RagColumns,
                            new List<GovernanceRowView>(),
                            new List<NoteView>()
                        )
                        {
                            Unread = unread,
                        }
                )
                .OfType<AreaView>(),
        ];

    private static AreaView Page(
        AssessmentScore score,
        GovernanceAreaScore area,
        int number,
        bool draft,
        bool withGaps
    ) =>
        new(
            number,
            area.Definition.Name,
            Rating(area, draft),
            Formats.RagClass(draft ? area.SelfRating : area.Rating),
            draft ? DraftBasis(area) : Basis(area),
            RagColumns,
            [.. area.Measures.Select(m => Row(m, score.Assessment.Folder))],
            [.. score.Assessment.Area(area.Definition.Id)!.Recommendations.Select(Narrative.Note)]
        )
        {
            RatingMark = draft ? SelfMark(area) : ValueMarks.Area(area),
            Gaps = withGaps ? Gaps(score, area) : new List<GapView>(),
        };

    /// <summary>For authors: what each measure of the area lacks to reach the next rating.</summary>
    private static IReadOnlyList<GapView> Gaps(AssessmentScore score, GovernanceAreaScore area) =>
        [
            .. area
                .Measures.Where(m => m.Gap.Count > 0)
                .Select(m => new GapView(
                    $"{area.Definition.Name} {m.Definition.Number} {m.Definition.Name}",
                    m.Record.HasEvidence ? m.Evidenced.Title() : CompetencyViews.NoEvidence,
                    m.Next?.Title() ?? "",
                    [.. m.Gap.Select(g => g.Explain(score.Assessment.Folder))]
                )
                {
                    Standing = m.Record.HasEvidence ? $"evidenced {m.Evidenced.Title()}" : CompetencyViews.NoEvidence,
                }),
        ];

    /// <summary>
    /// The rating an area shows: the panel's (stated or rolled up), or in a draft the self-ratings' roll-up.
    /// </summary>
    public static string Rating(GovernanceAreaScore area, bool draft) =>
        draft ? area.SelfRating?.Title() ?? "Not yet rated" : area.Rating?.Title() ?? "Not rated";

    /// <summary>
    /// † on a draft's area rating: no one stated it, this tool rolled it up from the author's own ratings.
    /// </summary>
    public static ValueMark SelfMark(GovernanceAreaScore area) =>
        area.SelfRating is null
            ? ValueMark.None
            : ValueMark.Computed(
                "This tool's roll-up of the self-ratings of the area's measures (a proposed rule in the framework "
                    + "file)."
            );

    private static string Basis(GovernanceAreaScore area) =>
        area switch
        {
            { StatedRating: { } stated } when stated.Provenance.Kind == ProvenanceKind.Reconstructed =>
                "reconstructed panel rating",
            { StatedRating: not null } => "as stated by the panel",
            { PanelRating: not null } => "rolled up from the panel's measure ratings",
            { HasEvidence: false } => "not rated; no evidence yet",
            _ => $"not rated; the evidence supports {area.EvidencedRating.Title()}",
        };

    private static string DraftBasis(GovernanceAreaScore area)
    {
        var evidence = area.HasEvidence ? $"the evidence supports {area.EvidencedRating.Title()}" : "no evidence yet";
        if (area.SelfRating is not null)
        {
            return $"rolled up by this tool from the self-ratings; {evidence}";
        }

        var rated = area.Measures.Count(m => m.Record.Self is not null);
        return $"not yet rated ({rated} of {area.Measures.Count} measures self-rated); {evidence}";
    }

    private static GovernanceRowView Row(GovernanceMeasureScore m, string folder) =>
        new(
            m.Definition.Number,
            m.Definition.Name,
            MarkCells.ForRag(
                m.Record.LastYear,
                m.Record.Self,
                m.Record.Panel,
                m.Record.HasEvidence ? m.Evidenced : null
            ),
            m.Record.HasEvidence ? m.Evidenced.Title() : CompetencyViews.NoEvidence,
            m.Record.HasEvidence ? m.Evidenced.Word() : "unknown",
            m.Record.Rationale is { } rationale
                ? Narrative.Note(rationale, m.Record.Source?.ToString() ?? "")
                : NoteView.None
        )
        {
            NoRationale = m.Record.HasEvidence ? "No rationale recorded." : "No rationale or evidence yet.",
            EvidencedRag = m.Record.HasEvidence ? m.Evidenced : null,
            Evidence = EvidenceView.Of(m.Record, folder),
        };
}
