namespace WccAssure.Core.Model;

/// <summary>
/// Whether an assessment is the trust's own (a draft before the panel) or carries the panel's ratings.
/// </summary>
public sealed record AssessmentStatus
{
    public static readonly AssessmentStatus SelfAssessment = new("self-assessment");
    public static readonly AssessmentStatus Panel = new("panel");

    private AssessmentStatus(string word) => Word = word;

    public static IReadOnlyList<AssessmentStatus> All { get; } = [SelfAssessment, Panel];

    /// <summary>The word written in assessment.yaml and in every output (the JSON contract included).</summary>
    public string Word { get; }

    public static AssessmentStatus? Parse(string? word) => All.FirstOrDefault(s => s.Word == word);

    public override string ToString() => Word;
}
