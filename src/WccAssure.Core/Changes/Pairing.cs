namespace WccAssure.Core.Changes;

/// <summary>
/// Pairs two sides' items by key (never by position: the 2009/10 framework added a competency), in the later
/// side's order with what only the earlier one has after it.
/// </summary>
internal static class Pairing
{
    /// <summary>Hands each pair (one side null when only the other has it) to <paramref name="compare"/>.</summary>
    public static IEnumerable<TChange> Paired<T, TChange>(
        IEnumerable<(string Key, T Value)> before,
        IEnumerable<(string Key, T Value)> after,
        Func<T?, T?, IEnumerable<TChange>> compare
    )
        where T : class
    {
        // Keys are unique in a valid assessment; a repeat would pair with the first, never stop the diff.
        var earlier = before
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var later = after.ToList();
        var laterKeys = later.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return later
            .SelectMany(p => compare(earlier.GetValueOrDefault(p.Key), p.Value))
            .Concat(before.Where(p => !laterKeys.Contains(p.Key)).SelectMany(p => compare(p.Value, null)));
    }

    /// <summary>
    /// Items compared by their words, counting repeats (a second copy added is a change): those only one side has,
    /// and the pairs whose words are equal, in the later side's order.
    /// </summary>
    public static (List<T> OnlyBefore, List<T> OnlyAfter, List<(T Before, T After)> Same) ByWords<T>(
        IEnumerable<T> before,
        IEnumerable<T> after,
        Func<T, string> words
    )
    {
        var earlier = before.ToList();
        var waiting = Enumerable
            .Range(0, earlier.Count)
            .GroupBy(i => WordExcerpt.Words(words(earlier[i])), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<int>(g), StringComparer.Ordinal);
        var (onlyAfter, same, matched) = (new List<T>(), new List<(T, T)>(), new HashSet<int>());
        foreach (var item in after)
        {
            if (waiting.GetValueOrDefault(WordExcerpt.Words(words(item))) is { Count: > 0 } queue)
            {
                var index = queue.Dequeue();
                matched.Add(index);
                same.Add((earlier[index], item));
            }
            else
            {
                onlyAfter.Add(item);
            }
        }

        return ([.. earlier.Where((_, i) => !matched.Contains(i))], onlyAfter, same);
    }
}
