namespace WccAssure.Reporting.Compare;

/// <summary>
/// One organisation in the league table of compare.html.sbn, its figures as the page prints them (scores and points
/// to two places). The table sorts on each cell's text or <see cref="CellView.Sort"/>.
/// </summary>
/// <param name="Rank">National rank; equal totals share one.</param>
/// <param name="Code">The organisation code from the register, e.g. "5F7".</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Sha">Its strategic health authority; empty when the register does not say.</param>
/// <param name="Status">
/// The assessment's status word, "self-assessment" or "panel"; the shipped page does not show it.
/// </param>
/// <param name="Basis">
/// "panel" when the panel rated every measure, else "evidenced": the levels the evidence supports were used.
/// </param>
/// <param name="Synthetic">A generated assessment, not a real organisation's: the page tags it and can hide it.</param>
/// <param name="Competencies">
/// A heatmap cell per competency (its score, "–" when not scored), in the order of
/// <see cref="CompareView.CompetencyHeaders"/>.
/// </param>
/// <param name="Areas">
/// A Red / Amber / Green cell per governance area, in the order of <see cref="CompareView.AreaHeaders"/>.
/// </param>
/// <param name="CompetencyPoints">The sum of the competency scores.</param>
/// <param name="GovernancePoints">Red 0, Amber 1, Green 2 summed over the governance measures.</param>
/// <param name="Total">Competency points plus governance points: what the rank orders.</param>
internal sealed record LeagueRowView(
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
    /// <summary>The rank within the organisation's SHA (the "In SHA" column).</summary>
    public string ShaRank { get; init; } = "";

    /// <summary>
    /// What the row rests on: synthetic, reconstructed panel ratings, stated panel ratings, or evidenced levels.
    /// </summary>
    public string Provenance { get; init; } = "";

    /// <summary>Some rating behind the row was reconstructed (marked * wherever printed).</summary>
    public bool Reconstructed { get; init; }
}
