namespace WccAssure.Reporting.Compare;

/// <summary>
/// One organisation's change between its last two years, like with like: a row of the year-on-year movement table
/// in compare.html.sbn. Changes are signed to two places ("+0.33", "-1.00", "0.00"); "–" where not compared.
/// </summary>
/// <param name="Code">The organisation code from the register.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Years">The two years compared, e.g. "2008-09 → 2009-10".</param>
/// <param name="Changes">
/// A cell per competency, in the order of <see cref="CompareView.CompetencyHeaders"/>: the change in its score,
/// coloured up or down; "–" when the competency is not in both years.
/// </param>
/// <param name="Total">The change in total points over what both years have.</param>
internal sealed record MovementView(
    string Code,
    string Name,
    string Years,
    IReadOnlyList<CellView> Changes,
    string Total
)
{
    /// <summary>The change in competency points, over the competencies both years have.</summary>
    public string CompetencyChange { get; init; } = "";

    /// <summary>The change in governance points, over the governance measures both years have.</summary>
    public string GovernanceChange { get; init; } = "";

    /// <summary>
    /// What the two years rest on: "panel", "evidenced", or "panel → evidenced" when the bases differ.
    /// </summary>
    public string Basis { get; init; } = "";

    /// <summary>"c11 in one year only" when a competency was not compared, else empty.</summary>
    public string NotCompared { get; init; } = "";

    /// <summary>Both years are generated assessments, not a real organisation's (tagged on the page).</summary>
    public bool Synthetic { get; init; }
}
