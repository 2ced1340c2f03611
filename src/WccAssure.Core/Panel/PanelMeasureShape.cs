namespace WccAssure.Core.Panel;

/// <summary>
/// A measure as its row shows it ("1a", "3") and as its file keys it ("a", "historical-financial-management").
/// </summary>
public sealed record PanelMeasureShape(string Label, string Id, string Name);
