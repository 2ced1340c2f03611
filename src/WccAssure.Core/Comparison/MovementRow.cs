using WccAssure.Core.Model;

namespace WccAssure.Core.Comparison;

/// <summary>
/// An organisation's scores in two years, like with like: <see cref="Changes"/> per competency (null when the
/// competency is not in both years), and <see cref="TotalChange"/> = competency change + governance change over
/// what both years have.
/// </summary>
public sealed record MovementRow(
    string Code,
    string Name,
    string FromYear,
    string ToYear,
    IReadOnlyList<double?> Changes,
    double? TotalChange
)
{
    /// <summary>The change in competency points, summed over the competencies in both years.</summary>
    public double CompetencyChange { get; init; }

    /// <summary>
    /// The change in governance points (Red 0, Amber 1, Green 2 per measure), over what both years rate.
    /// </summary>
    public int GovernanceChange { get; init; }

    /// <summary>Competencies in only one of the two years, left out of the changes.</summary>
    public IReadOnlyList<string> NotCompared { get; init; } = [];

    /// <summary>
    /// The basis of each year's row; the two may differ (a panel-rated year against a self-assessment draft).
    /// </summary>
    public LeagueBasis FromBasis { get; init; }

    /// <summary>The basis of the later year's row.</summary>
    public LeagueBasis ToBasis { get; init; }

    /// <summary>Whether the two years are synthetic assessments, not a real organisation's.</summary>
    public bool Synthetic { get; init; }
}
