namespace WccAssure.Core.Model;

/// <summary>Where an organisation's rate of improvement falls among all organisations', best first.</summary>
public sealed record Quartile
{
    /// <summary>The best quarter of organisations.</summary>
    public static readonly Quartile Top = new("top");

    /// <summary>The second quarter, above the median.</summary>
    public static readonly Quartile Upper = new("upper");

    /// <summary>The third quarter, below the median.</summary>
    public static readonly Quartile Lower = new("lower");

    /// <summary>The worst quarter of organisations.</summary>
    public static readonly Quartile Bottom = new("bottom");

    private Quartile(string word) => Word = word;

    /// <summary>The four quartiles, best first.</summary>
    public static IReadOnlyList<Quartile> All { get; } = [Top, Upper, Lower, Bottom];

    /// <summary>The word written in outcomes.yaml and in every output (the JSON contract included).</summary>
    public string Word { get; }

    /// <summary>
    /// The quartile written as <paramref name="word"/> (exact, lower case), or null when it is not one.
    /// </summary>
    public static Quartile? Parse(string? word) => All.FirstOrDefault(q => q.Word == word);

    /// <summary>The <see cref="Word"/>.</summary>
    public override string ToString() => Word;
}
