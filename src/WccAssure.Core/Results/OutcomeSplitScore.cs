using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

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
    string? SplitJudgement
);
