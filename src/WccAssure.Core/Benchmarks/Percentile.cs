namespace WccAssure.Core.Benchmarks;

/// <summary>
/// Percentiles by linear interpolation between closest ranks, position (n − 1)·p (0-based): the method of
/// Excel PERCENTILE.INC and of the legacy Fingertips engine (anchors.md §2.1). Ties need no special rule.
/// </summary>
internal static class Percentile
{
    public static double? Of(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0 || p < 0 || p > 1)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var position = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
