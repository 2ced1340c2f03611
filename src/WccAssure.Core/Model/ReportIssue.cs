namespace WccAssure.Core.Model;

/// <summary>Whether the panel's report is still a draft for comment or the final edition issued to the Board.</summary>
public sealed record ReportIssue
{
    /// <summary>The report as sent to the trust for comment.</summary>
    public static readonly ReportIssue Draft = new("draft", "Draft");

    /// <summary>The report as issued to the Board.</summary>
    public static readonly ReportIssue Final = new("final", "Final");

    private ReportIssue(string word, string title) => (Word, Title) = (word, title);

    /// <summary>Both issues, draft first.</summary>
    public static IReadOnlyList<ReportIssue> All { get; } = [Draft, Final];

    /// <summary>The word written in assessment.yaml (`issue: draft`).</summary>
    public string Word { get; }

    /// <summary>The word printed on the cover ("Draft", "Final").</summary>
    public string Title { get; }

    /// <summary>The issue written as <paramref name="word"/> (exact, lower case), or null when it is not one.</summary>
    public static ReportIssue? Parse(string? word) => All.FirstOrDefault(s => s.Word == word);

    /// <summary>The <see cref="Word"/>.</summary>
    public override string ToString() => Word;
}
