using WccAssure.Core.Benchmarks;
using WccAssure.Core.Results;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// The evaluations of a batch of folders, in the order given. A failed assessment is named here and never
/// stops the others: they are scored and reported, and the caller's exit code says that one failed.
/// </summary>
public sealed record AssessmentBatch(IReadOnlyList<Evaluation> Evaluations, BenchmarkTable? Benchmarks)
{
    /// <summary>The scores of the assessments that could be scored, in the order given.</summary>
    public IReadOnlyList<AssessmentScore> Scores { get; } = [.. Evaluations.Select(e => e.Score).OfType<AssessmentScore>()];

    public IReadOnlyList<Evaluation> Failures { get; } = [.. Evaluations.Where(e => e.Failed)];

    public bool AnyFailed => Failures.Count > 0;

    /// <summary>
    /// The assessments that failed, named after the others' outputs so a long batch does not bury them; null when
    /// none failed or the batch is one folder (its findings already name it).
    /// </summary>
    public string? FailureSummary => AnyFailed && Evaluations.Count > 1
        ? $"{Failures.Count} of {Evaluations.Count} assessment(s) could not be scored (findings above): {string.Join(", ", Failures.Select(f => f.Folder))}"
        : null;
}
