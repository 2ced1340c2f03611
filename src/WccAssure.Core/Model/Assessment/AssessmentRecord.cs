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
    string Status,
    string? PanelDate,
    IReadOnlyList<SourceDocument> Sources,
    Commentary Commentary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<NarrativeItem> Findings,
    IReadOnlyList<CompetencyRecord> Competencies,
    IReadOnlyList<GovernanceRecord> Governance,
    OutcomesRecord Outcomes,
    SourceLocation Location);

public sealed record SourceDocument(string Id, string Title, string? Document);
