using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;

namespace WccAssure.Core.Loading;

/// <summary>The first part of assessment.yaml, read before the framework is known.</summary>
internal sealed record AssessmentHeader(
    string OrganisationCode,
    string Year,
    string FrameworkId,
    AssessmentStatus Status,
    string? PanelDate,
    IReadOnlyList<SourceDocument> Sources,
    SourceLocation Location,
    SourceLocation OrganisationAt,
    SourceLocation FrameworkAt,
    bool Synthetic
)
{
    public string? Version { get; init; }

    public ReportIssue Issue { get; init; } = ReportIssue.Draft;

    public SignOff SignOff { get; init; } = SignOff.None;
}
