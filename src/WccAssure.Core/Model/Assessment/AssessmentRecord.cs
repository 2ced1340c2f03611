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
    SourceLocation Location)
{
    /// <summary>Last year's assessment of the same organisation, when its folder sits beside this one.</summary>
    public AssessmentRecord? PreviousYear { get; init; }

    /// <summary>Generated for demonstrations and benchmarks, not a real organisation's assessment; every output says so.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Competency and governance files a draft could not read: only a draft has any (a valid assessment has none).</summary>
    public IReadOnlyList<UnreadFile> Unread { get; init; } = [];

    public CompetencyRecord? Competency(string id) => Competencies.FirstOrDefault(c => c.Id == id);

    public GovernanceRecord? Area(string id) => Governance.FirstOrDefault(g => g.AreaId == id);
}

public sealed record SourceDocument(string Id, string Title, string? Document);
