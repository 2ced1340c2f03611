using WccAssure.Core.Model;

namespace WccAssure.Core.Results;

/// <summary>How many governance measures are rated Red, Amber and Green.</summary>
/// <param name="Red">Measures rated Red.</param>
/// <param name="Amber">Measures rated Amber.</param>
/// <param name="Green">Measures rated Green.</param>
public sealed record RagTally(int Red, int Amber, int Green)
{
    /// <summary>The tally of <paramref name="ratings"/>.</summary>
    public static RagTally Of(IEnumerable<Rag> ratings)
    {
        var list = ratings.ToList();
        return new(list.Count(r => r == Rag.Red), list.Count(r => r == Rag.Amber), list.Count(r => r == Rag.Green));
    }

    /// <summary>This tally and <paramref name="other"/> together.</summary>
    public RagTally Add(RagTally other) => new(Red + other.Red, Amber + other.Amber, Green + other.Green);
}
