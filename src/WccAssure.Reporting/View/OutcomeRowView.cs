using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record OutcomeRowView(
    string Number,
    string Priority,
    bool NewlySelected, // on the first row of a newly selected outcome only: where the star goes
    string Indicator,
    string Split,
    string Pct,
    string National,
    string Cluster,
    string TopDecile,
    string Aspiration,
    string Quartile,
    string Judgement,
    string Notes
)
{
    public ValueMark PctMark { get; init; } = ValueMark.None;

    public ValueMark AspirationMark { get; init; } = ValueMark.None;

    /// <summary>† on the national, cluster and top-decile rates when this tool computed them from a data set.</summary>
    public ValueMark BenchmarkMark { get; init; } = ValueMark.None;
}
