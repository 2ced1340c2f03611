namespace WccAssure.Core.Model;

/// <summary>
/// Which ratings a league row counts: the panel's when the panel rated everything, else what the evidence supports.
/// </summary>
public enum LeagueBasis
{
    Evidenced,
    Panel,
}
