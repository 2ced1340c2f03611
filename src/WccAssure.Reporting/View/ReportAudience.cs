namespace WccAssure.Reporting.View;

/// <summary>
/// Who a report is for. A panel issues its report to the PCT: no author sections (gap to the next level,
/// findings about the evidence) and no citations of YAML lines. An author drafting a self-assessment needs both.
/// </summary>
public enum ReportAudience
{
    /// <summary>
    /// The author's edition: evidence items, gap to the next level, findings about the evidence, file and line
    /// citations.
    /// </summary>
    Author,

    /// <summary>The panel's edition, issued to the PCT: a cover, a sign-off block, no author sections.</summary>
    Panel,
}
