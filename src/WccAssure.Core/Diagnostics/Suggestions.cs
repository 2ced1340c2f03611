namespace WccAssure.Core.Diagnostics;

/// <summary>
/// "Did you mean …?" for a word that is not one of the known ones. Most slips of the keyboard are one or two
/// edits away (a dropped, doubled, swapped or wrong letter), so the optimal-string-alignment form of the
/// Damerau–Levenshtein distance, with a small threshold, finds the intended word without guessing wildly.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The known words nearest to <paramref name="typed"/>, at most two, in the order given; empty when none is close.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known)
    {
        if (typed.Length == 0 || typed.Length > 64)
        {
            return [];
        }

        var lowered = typed.ToLowerInvariant();
        var limit = Threshold(typed.Length);
        var best = int.MaxValue;
        var nearest = new List<string>();
        foreach (var word in known.Distinct(StringComparer.Ordinal))
        {
            if (word == typed || Math.Abs(word.Length - typed.Length) > limit)
            {
                continue;
            }

            var distance = Distance(lowered, word.ToLowerInvariant());
            if (distance > limit || distance > best)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                nearest.Clear();
            }

            nearest.Add(word);
        }

        return nearest.Count <= 2 ? nearest : [];
    }

    /// <summary>"; did you mean 'x'?" (or "'x' or 'y'"), or null when no known word is close enough.</summary>
    public static string? DidYouMean(string typed, IEnumerable<string> known) =>
        Nearest(typed, known) switch
        {
            [var one] => $"did you mean '{one}'?",
            [var one, var two] => $"did you mean '{one}' or '{two}'?",
            _ => null,
        };

    /// <summary>
    /// Short words allow one edit, longer ones two: "c1" should not suggest "c2", but "rationle" should find
    /// "rationale".
    /// </summary>
    public static int Threshold(int length) =>
        length switch
        {
            <= 2 => 0,
            <= 5 => 1,
            _ => 2,
        };

    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
