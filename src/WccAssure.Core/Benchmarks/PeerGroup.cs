namespace WccAssure.Core.Benchmarks;

/// <summary>
/// Whom an organisation is compared with besides England: its ONS cluster when membership was given, else the
/// organisations of its strategic health authority. Outputs name the one used, never "cluster" for an SHA.
/// </summary>
public enum PeerGroup
{
    /// <summary>The ONS cluster of similar PCTs, as the data set's membership file gives it.</summary>
    OnsCluster,

    /// <summary>The strategic health authority the organisation register puts the PCT in.</summary>
    Sha,
}
