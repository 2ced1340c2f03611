using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

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
