using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Results;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// The evaluations of a batch of folders, in the order given. A failed assessment is named here and never
/// stops the others: they are scored and reported, and the caller's exit code says that one failed.
/// </summary>
public sealed record AssessmentBatch(IReadOnlyList<Evaluation> Evaluations, BenchmarkTable? Benchmarks)
{
    /// <summary>The scores of the assessments that could be scored, in the order given.</summary>
    public IReadOnlyList<AssessmentScore> Scores { get; } =
    [.. Evaluations.Where(e => !e.Failed).Select(e => e.Score!)];

    /// <summary>The evaluations that failed, in the order given.</summary>
    public IReadOnlyList<Evaluation> Failures { get; } = [.. Evaluations.Where(e => e.Failed)];

    /// <summary>What was named for each evaluation, in the same order: the folder, or one file of it.</summary>
    public IReadOnlyList<AssessmentTarget> Targets { get; init; } =
    [.. Evaluations.Select(e => new AssessmentTarget(e.Folder, null))];

    /// <summary>Whether any assessment failed, so the command exits non-zero.</summary>
    public bool AnyFailed => Failures.Count > 0;

    /// <summary>
    /// Every finding of every evaluation, in order, each kept to what was named: a file named on its own keeps only
    /// the findings that concern it.
    /// </summary>
    public IReadOnlyList<Finding> NamedFindings =>
        [
            .. Targets
                .Zip(Evaluations, (target, evaluation) => evaluation.Findings.Where(target.Concerns))
                .SelectMany(f => f),
        ];

    /// <summary>
    /// The assessments that failed, named after the others' outputs so a long batch does not bury them; null when
    /// none failed or the batch is one folder (its findings already name it).
    /// </summary>
    public string? FailureSummary =>
        AnyFailed && Evaluations.Count > 1
            ? $"{Failures.Count} of {Evaluations.Count} assessment(s) could not be scored (findings above): "
                + $"{string.Join(", ", Failures.Select(f => f.Folder))}"
            : null;
}
