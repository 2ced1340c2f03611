namespace WccAssure.Reporting.View;

public sealed record OutcomesView(
    string SelectionDate,
    IReadOnlyList<OutcomeRowView> Rows,
    IReadOnlyList<string> Judgements,
    IReadOnlyList<NoteView> Observations,
    string Counts,
    IReadOnlyList<NoteView> Statements,
    string Svg,
    bool IsEmpty);

public sealed record OutcomeRowView(
    string Number,
    string Priority,
    bool NewlySelected,
    string Indicator,
    string Split,
    string Pct,
    string National,
    string Cluster,
    string TopDecile,
    string Aspiration,
    string Quartile,
    string Judgement,
    string Notes);
