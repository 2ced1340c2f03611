using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

public static class ReportAudiences
{
    public static readonly IReadOnlyList<string> Words = ["panel", "author"];

    /// <summary>
    /// The audience asked for, else the one that suits the assessment: panel for panel status, author for drafts.
    /// </summary>
    public static ReportAudience For(AssessmentStatus status, ReportAudience? requested) =>
        requested ?? (status == AssessmentStatus.Panel ? ReportAudience.Panel : ReportAudience.Author);

    public static ReportAudience? Parse(string? word) =>
        word switch
        {
            "panel" => ReportAudience.Panel,
            "author" => ReportAudience.Author,
            _ => null,
        };
}
