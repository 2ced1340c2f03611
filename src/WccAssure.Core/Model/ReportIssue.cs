namespace WccAssure.Core.Model;

/// <summary>Whether the panel's report is still a draft for comment or the final edition issued to the Board.</summary>
public sealed record ReportIssue
{
    public static readonly ReportIssue Draft = new("draft", "Draft");
    public static readonly ReportIssue Final = new("final", "Final");

    private ReportIssue(string word, string title) => (Word, Title) = (word, title);

    public static IReadOnlyList<ReportIssue> All { get; } = [Draft, Final];

    /// <summary>The word written in assessment.yaml (`issue: draft`).</summary>
    public string Word { get; }

    /// <summary>The word printed on the cover ("Draft", "Final").</summary>
    public string Title { get; }

    public static ReportIssue? Parse(string? word) => All.FirstOrDefault(s => s.Word == word);

    public override string ToString() => Word;
}
