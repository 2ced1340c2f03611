using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>A figure the engine derived, or the reason it could not: never a guess.</summary>
public sealed record Derived(double? Value, string How, string? NotComputable)
{
    public static Derived Missing(string reason) => new(null, "none", reason);
}

/// <summary>One split of an outcome (or the whole outcome) with its rates and comparisons.</summary>
public sealed record OutcomeSplitScore(
    OutcomeSplitRecord Record,
    IndicatorDefinition? Indicator,
    Derived Historic,
    double? National,
    double? Cluster,
    double? TopDecile,
    Derived Aspiration,
    string? VersusNational,
    string? VersusCluster,
    string? VersusTopDecile,
    string? SplitJudgement);

public sealed record OutcomeScore(
    OutcomeRecord Record,
    IReadOnlyList<OutcomeSplitScore> Splits,
    string? Judgement,
    string? JudgementText,
    string JudgementReason)
{
    /// <summary>The quartile of the PCT's rate of improvement: as given, else from the benchmark data set.</summary>
    public Quartile? Quartile { get; init; } = Record.Quartile;

    /// <summary>The data set the benchmarks were computed from, when the assessment gave none of its own.</summary>
    public string? BenchmarkSource { get; init; }

    /// <summary>What the "cluster" benchmark compares with: the ONS cluster, or the SHA when no membership was known.</summary>
    public Benchmarks.PeerGroup PeerGroup { get; init; } = Benchmarks.PeerGroup.OnsCluster;
}
