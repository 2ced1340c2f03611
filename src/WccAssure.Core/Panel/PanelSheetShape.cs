namespace WccAssure.Core.Panel;

/// <summary>One measure sheet: its name, the file its ratings are written to, and its measures in row order.</summary>
public sealed record PanelSheetShape(
    string Name,
    string Id,
    string File,
    string Title,
    bool Levels,
    IReadOnlyList<PanelMeasureShape> Measures
)
{
    /// <summary>
    /// The panel rating drop-down's choices: levels 1–4 on a competency sheet, Red/Amber/Green on a governance one.
    /// </summary>
    public IReadOnlyList<string> Choices => Levels ? PanelLayout.Levels : PanelLayout.Rags;
}
