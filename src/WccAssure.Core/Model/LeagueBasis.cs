namespace WccAssure.Core.Model;

/// <summary>
/// Which ratings a league row counts: the panel's when the panel rated everything, else what the evidence supports.
/// </summary>
public enum LeagueBasis
{
    /// <summary>The levels and ratings the evidence supports, computed by the tool.</summary>
    Evidenced,

    /// <summary>The panel's own ratings.</summary>
    Panel,
}
