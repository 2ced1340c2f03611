namespace WccAssure.Core.Pipeline;

/// <summary>
/// Runs one piece of work per item on every core and keeps the items' order. Items are handed out a few at a time:
/// assessments differ in size, and a list split once into halves (what PLINQ does with a list) leaves one core
/// idle while the other finishes the bigger half.
/// </summary>
public static class OrderedParallel
{
    /// <summary>The results of <paramref name="work"/> on every item, in the items' order.</summary>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work) =>
        Map(items, (item, _) => work(item));

    /// <summary>
    /// As <see cref="Map{TItem, TResult}(IReadOnlyList{TItem}, Func{TItem, TResult})"/>, with each item's index.
    /// </summary>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, int, TResult> work)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i => results[i] = work(items[i], i));
        return results;
    }
}
