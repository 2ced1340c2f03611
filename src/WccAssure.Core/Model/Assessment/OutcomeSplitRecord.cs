using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// One indicator of a chosen outcome with its trend, peers' rates and aspiration; an outcome split by sex has one per
/// sex.
/// </summary>
/// <param name="Label">The split's label as the report shows it ("M", "F"); null for an outcome of one split.</param>
/// <param name="IndicatorId">The catalogue's or a local indicator's id, or null when the file names none.</param>
/// <param name="Historic">The PCT's own past rate of improvement, or null when not given.</param>
/// <param name="Benchmarks">
/// The peers' rates: the file's, or (in a scored split) a data set's when the file gives none; null when neither does.
/// </param>
/// <param name="Aspiration">The PCT's aspiration, or null when not given.</param>
/// <param name="Location">The split (or the outcome, when it has one split) in outcomes.yaml.</param>
public sealed record OutcomeSplitRecord(
    string? Label,
    string? IndicatorId,
    HistoricRecord? Historic,
    BenchmarkRecord? Benchmarks,
    AspirationRecord? Aspiration,
    SourceLocation Location
);
