using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>A loaded, validated assessment folder.</summary>
public sealed record AssessmentRecord(
    string Folder,
    string OrganisationCode,
    string OrganisationName,
    string? Sha,
    string Year,
    string FrameworkId,
    AssessmentStatus Status,
    string? PanelDate,
    IReadOnlyList<SourceDocument> Sources,
    Commentary Commentary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<NarrativeItem> Findings,
    IReadOnlyList<CompetencyRecord> Competencies,
    IReadOnlyList<GovernanceRecord> Governance,
    OutcomesRecord Outcomes,
    SourceLocation Location
)
{
    /// <summary>Last year's assessment of the same organisation, when its folder sits beside this one.</summary>
    public AssessmentRecord? PreviousYear { get; init; }

    /// <summary>
    /// Generated for demonstrations and benchmarks, not a real organisation's assessment; every output says so.
    /// </summary>
    public bool Synthetic { get; init; }

    /// <summary>The report's version as the panel numbers it ("1.0"), when given.</summary>
    public string? Version { get; init; }

    /// <summary>Draft until the panel issues the final edition.</summary>
    public ReportIssue Issue { get; init; } = ReportIssue.Draft;

    /// <summary>The competency counts the source states, to cite beside the counts made from the ratings.</summary>
    public StatedCompetencyCounts StatedCounts { get; init; } = StatedCompetencyCounts.None;

    /// <summary>The panel chair's sign-off; unknown parts stay null.</summary>
    public SignOff SignOff { get; init; } = SignOff.None;

    /// <summary>
    /// Competency and governance files a draft could not read: only a draft has any (a valid assessment has none).
    /// </summary>
    public IReadOnlyList<UnreadFile> Unread { get; init; } = [];

    /// <summary>
    /// The competency file's record for framework id <paramref name="id"/> ("c01"), or null when the assessment has
    /// none.
    /// </summary>
    public CompetencyRecord? Competency(string id) => Competencies.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// The governance file's record for area <paramref name="id"/> ("strategy"), or null when the assessment has none.
    /// </summary>
    public GovernanceRecord? Area(string id) => Governance.FirstOrDefault(g => g.AreaId == id);
}
