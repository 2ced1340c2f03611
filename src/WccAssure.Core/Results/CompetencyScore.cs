using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>A competency rolled up from its measures, with the comparisons the panel report counts.</summary>
public sealed record CompetencyScore(
    CompetencyDefinition Definition,
    IReadOnlyList<MeasureScore> Measures,
    double EvidencedScore,
    double? SelfScore,
    double? PanelScore,
    double? LastYearScore,
    double? EvidencedLastYear,
    bool AddedThisYear
)
{
    /// <summary>Panel score at or above self-assessment; unknown when either side is not fully rated.</summary>
    public bool? MetOrExceededSelf =>
        PanelScore is { } panel && SelfScore is { } self ? ScoreBand.Compare(panel, self) >= 0 : null;

    /// <summary>
    /// Whether any measure has evidence or metrics; without any, the evidenced score is only the floor.
    /// </summary>
    public bool HasEvidence => Measures.Any(m => m.Record.HasEvidence);

    /// <summary>Panel score above last year's; unknown when either is not fully rated.</summary>
    public bool? ImprovedOnLastYear =>
        PanelScore is { } panel && LastYearScore is { } last ? ScoreBand.Compare(panel, last) > 0 : null;
}
