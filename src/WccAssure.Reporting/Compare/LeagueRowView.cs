using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record LeagueRowView(
    string Rank,
    string Code,
    string Name,
    string Sha,
    string Status,
    string Basis,
    bool Synthetic,
    IReadOnlyList<CellView> Competencies,
    IReadOnlyList<CellView> Areas,
    string CompetencyPoints,
    string GovernancePoints,
    string Total
)
{
    public string ShaRank { get; init; } = "";

    /// <summary>
    /// What the row rests on: synthetic, reconstructed panel ratings, stated panel ratings, or evidenced levels.
    /// </summary>
    public string Provenance { get; init; } = "";

    /// <summary>Some rating behind the row was reconstructed (marked * wherever printed).</summary>
    public bool Reconstructed { get; init; }
}
