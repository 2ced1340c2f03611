using WccAssure.Core.Benchmarks;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>
/// What the report calls the peer-group benchmark: "ONS cluster" as the panel reports did, "SHA" when every peer
/// figure came from a data set without cluster membership (the SHA's organisations pooled instead), and both
/// names when an assessment mixes the two.
/// </summary>
internal static class PeerGroupHeading
{
    public static string Of(IReadOnlyList<OutcomeScore> outcomes)
    {
        var withPeer = outcomes.Where(o => o.Splits.Any(s => s.Cluster is not null)).ToList();
        var bySha = withPeer.Count(o => o.BenchmarkSource is not null && o.PeerGroup == PeerGroup.Sha);
        return bySha == 0 ? PeerGroup.OnsCluster.Heading()
            : bySha == withPeer.Count ? PeerGroup.Sha.Heading()
            : "ONS cluster or SHA";
    }
}
