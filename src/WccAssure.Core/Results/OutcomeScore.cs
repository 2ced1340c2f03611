using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;

namespace WccAssure.Core.Results;

/// <summary>A chosen outcome scored: each split's rates of improvement and the judgement of its aspiration.</summary>
/// <param name="Record">The outcome as outcomes.yaml gives it.</param>
/// <param name="Splits">One score per split, in the file's order.</param>
/// <param name="Judgement">
/// The framework's judgement id ("over-ambitious"), or null when there is none: no indicator chosen, a rate
/// missing, no rule applying, or the splits disagreeing.
/// </param>
/// <param name="JudgementText">The judgement's sentence from the framework, or null with no judgement.</param>
/// <param name="JudgementReason">Which rule gave the judgement, or why there is none, for the trace.</param>
public sealed record OutcomeScore(
    OutcomeRecord Record,
    IReadOnlyList<OutcomeSplitScore> Splits,
    string? Judgement,
    string? JudgementText,
    string JudgementReason
)
{
    /// <summary>The quartile of the PCT's rate of improvement: as given, else from the benchmark data set.</summary>
    public Quartile? Quartile { get; init; } = Record.Quartile;

    /// <summary>The data set the benchmarks were computed from, when the assessment gave none of its own.</summary>
    public string? BenchmarkSource { get; init; }

    /// <summary>
    /// What the "cluster" benchmark compares with: the ONS cluster, or the SHA when no membership was known.
    /// </summary>
    public Benchmarks.PeerGroup PeerGroup { get; init; } = Benchmarks.PeerGroup.OnsCluster;
}
