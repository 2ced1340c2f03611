namespace WccAssure.Reporting.View;

/// <summary>
/// Who a report is for. A panel issues its report to the PCT: no author sections (gap to the next level,
/// findings about the evidence) and no citations of YAML lines. An author drafting a self-assessment needs both.
/// </summary>
public enum ReportAudience
{
    Author,
    Panel,
}

public static class ReportAudiences
{
    public static readonly IReadOnlyList<string> Words = ["panel", "author"];

    /// <summary>The audience asked for, else the one that suits the assessment: panel for panel status, author for drafts.</summary>
    public static ReportAudience For(string status, ReportAudience? requested) =>
        requested ?? (status == "panel" ? ReportAudience.Panel : ReportAudience.Author);

    public static ReportAudience? Parse(string? word) => word switch
    {
        "panel" => ReportAudience.Panel,
        "author" => ReportAudience.Author,
        _ => null,
    };
}
