using WccAssure.Core.Model;

namespace WccAssure.Core.Comparison;

/// <summary>
/// One organisation in the league table. Competency points are the sum of competency scores (each the mean of
/// its measure levels, 1–4), governance points count Red 0, Amber 1, Green 2 per measure (as HSJ did); the total
/// adds them. Panel ratings are used where the panel rated every measure, else the evidenced ones (the basis).
/// <see cref="Rank"/> is national; <see cref="ShaRank"/> is within the organisation's SHA.
/// </summary>
public sealed record LeagueRow(
    int Rank,
    string Code,
    string Name,
    string Sha,
    string Year,
    AssessmentStatus Status,
    bool Synthetic,
    LeagueBasis Basis,
    IReadOnlyList<double?> Competencies,
    IReadOnlyList<Rag?> Areas,
    double CompetencyPoints,
    int GovernancePoints,
    double Total
)
{
    /// <summary>The row's rank among its SHA's organisations of the year; ties share a rank.</summary>
    public int ShaRank { get; init; }

    /// <summary>The assessment folder the row comes from.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Panel ratings behind the row that a person reconstructed rather than a source stated.</summary>
    public int Reconstructed { get; init; }

    /// <summary>
    /// Competency points over the competencies scored: 1–4, so years of different frameworks compare.
    /// </summary>
    public double? MeanScore => Competencies.Count(c => c is not null) is var n and > 0 ? CompetencyPoints / n : null;

    /// <summary>
    /// The organisation's historic rate (CAGR, % a year) per indicator id in this year's outcomes; null when not
    /// computable.
    /// </summary>
    public IReadOnlyDictionary<string, double?> Outcomes { get; init; } = new Dictionary<string, double?>();

    /// <summary>
    /// What the row's figures rest on, in words: "synthetic", "panel, 4 reconstructed ratings", "panel, stated",
    /// or "evidenced levels (computed)".
    /// </summary>
    public string Provenance =>
        Synthetic ? "synthetic (generated, not a real organisation)"
        : Basis != LeagueBasis.Panel ? "evidenced levels (computed by the tool)"
        : Reconstructed > 0 ? $"panel, {Reconstructed} reconstructed rating{(Reconstructed == 1 ? "" : "s")}"
        : "panel, stated";
}
