namespace WccAssure.Reporting.View;

/// <summary>For authors: what each measure lacks to reach the next level.</summary>
internal sealed record GapView(string Measure, string Current, string Next, IReadOnlyList<string> Missing)
{
    /// <summary>
    /// Where the measure stands, in words: "evidenced level 2", or "no evidence yet" (never the floor as if evidenced).
    /// </summary>
    public string Standing { get; init; } = "";
}
