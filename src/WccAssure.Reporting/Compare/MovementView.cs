using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record MovementView(string Code, string Name, string Years, IReadOnlyList<CellView> Changes, string Total)
{
    public string CompetencyChange { get; init; } = "";

    public string GovernanceChange { get; init; } = "";

    public string Basis { get; init; } = "";

    /// <summary>"c11 in one year only" when a competency was not compared, else empty.</summary>
    public string NotCompared { get; init; } = "";

    public bool Synthetic { get; init; }
}
