namespace WccAssure.Core.Benchmarks;

/// <summary>The words outputs use for a peer group.</summary>
public static class PeerGroupWords
{
    /// <summary>The column heading: "ONS cluster" or "SHA".</summary>
    public static string Heading(this PeerGroup group) => group == PeerGroup.Sha ? "SHA" : "ONS cluster";
}
