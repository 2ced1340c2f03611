namespace WccAssure.Core.Model;

/// <summary>
/// Whether an assessment is the trust's own (a draft before the panel) or carries the panel's ratings.
/// </summary>
public sealed record AssessmentStatus
{
    /// <summary>The trust's own assessment, written before the panel sits: it has no panel ratings yet.</summary>
    public static readonly AssessmentStatus SelfAssessment = new("self-assessment");

    /// <summary>The assessment after the panel: panel ratings and rationale sit beside the self-ratings.</summary>
    public static readonly AssessmentStatus Panel = new("panel");

    private AssessmentStatus(string word) => Word = word;

    /// <summary>Every status, in the order a schema or a message lists them.</summary>
    public static IReadOnlyList<AssessmentStatus> All { get; } = [SelfAssessment, Panel];

    /// <summary>The word written in assessment.yaml and in every output (the JSON contract included).</summary>
    public string Word { get; }

    /// <summary>
    /// The status written as <paramref name="word"/> (exact, lower case), or null when it is not one.
    /// </summary>
    public static AssessmentStatus? Parse(string? word) => All.FirstOrDefault(s => s.Word == word);

    /// <summary>The <see cref="Word"/>.</summary>
    public override string ToString() => Word;
}
