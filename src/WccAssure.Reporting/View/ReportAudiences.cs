using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

/// <summary>The words `wcc report --audience` takes, and the audience a report gets when none is asked for.</summary>
public static class ReportAudiences
{
    /// <summary>Every word <see cref="Parse"/> accepts, for the option's list of choices.</summary>
    public static readonly IReadOnlyList<string> Words = ["panel", "author"];

    /// <summary>
    /// The audience asked for, else the one that suits the assessment: panel for panel status, author for drafts.
    /// </summary>
    public static ReportAudience For(AssessmentStatus status, ReportAudience? requested) =>
        requested ?? (status == AssessmentStatus.Panel ? ReportAudience.Panel : ReportAudience.Author);

    /// <summary>The audience a word names; null for none or any other word, leaving the choice to the status.</summary>
    public static ReportAudience? Parse(string? word) =>
        word switch
        {
            "panel" => ReportAudience.Panel,
            "author" => ReportAudience.Author,
            _ => null,
        };
}
