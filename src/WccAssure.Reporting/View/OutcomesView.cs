using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record OutcomesView(
    string SelectionDate,
    IReadOnlyList<OutcomeRowView> Rows,
    IReadOnlyList<string> Judgements,
    IReadOnlyList<NoteView> Observations,
    string Counts,
    IReadOnlyList<NoteView> Statements,
    [property: Trusted(OutputFormat.Html)] string Svg,
    bool IsEmpty)
{
    /// <summary>The peer-group column's heading: "ONS cluster", or "SHA" when no cluster membership was known.</summary>
    public string PeerGroup { get; init; } = "ONS cluster";
}

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
    string Notes)
{
    public ValueMark PctMark { get; init; } = ValueMark.None;

    public ValueMark AspirationMark { get; init; } = ValueMark.None;

    /// <summary>† on the national, cluster and top-decile rates when this tool computed them from a data set.</summary>
    public ValueMark BenchmarkMark { get; init; } = ValueMark.None;
}
