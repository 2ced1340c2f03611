using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What <see cref="AssessmentEngine.Run"/> made of a <see cref="BatchRequest"/>: the findings of what it read before
/// the assessments (the register, the data set), a <paramref name="Problem"/> with the request itself, and the batch
/// when it got that far.
/// </summary>
public sealed record BatchRun(IReadOnlyList<Finding> Findings, string? Problem, AssessmentBatch? Batch)
{
    /// <summary>
    /// Every finding in the order it arose; with <paramref name="failedOnly"/>, of the assessments only those of
    /// the ones that failed (a national comparison would otherwise print every warning of every folder).
    /// </summary>
    public IEnumerable<Finding> AllFindings(bool failedOnly = false) =>
        Findings.Concat((Batch?.Evaluations ?? []).Where(e => !failedOnly || e.Failed).SelectMany(e => e.Findings));

    /// <summary>
    /// The evaluation of a one-folder request (<see cref="BatchRequest.Folder"/>): it asks for no benchmarks, so it
    /// always gets that far.
    /// </summary>
    public Evaluation OnlyEvaluation => Batch!.Evaluations.Single();
}
