using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

public sealed record RagTally(int Red, int Amber, int Green)
{
    public static RagTally Of(IEnumerable<Rag> ratings)
    {
        var list = ratings.ToList();
        return new(list.Count(r => r == Rag.Red), list.Count(r => r == Rag.Amber), list.Count(r => r == Rag.Green));
    }

    public RagTally Add(RagTally other) => new(Red + other.Red, Amber + other.Amber, Green + other.Green);
}
