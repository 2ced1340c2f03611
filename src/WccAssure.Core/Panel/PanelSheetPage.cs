namespace WccAssure.Core.Panel;

/// <summary>One sheet: its shape (name, measures, choices) and its rows.</summary>
public sealed record PanelSheetPage(PanelSheetShape Shape, IReadOnlyList<PanelSheetRow> Rows);
