namespace WccAssure.Core.Model;

/// <summary>Where an organisation's rate of improvement falls among all organisations', best first.</summary>
public sealed record Quartile
{
    public static readonly Quartile Top = new("top");
    public static readonly Quartile Upper = new("upper");
    public static readonly Quartile Lower = new("lower");
    public static readonly Quartile Bottom = new("bottom");

    private Quartile(string word) => Word = word;

    public static IReadOnlyList<Quartile> All { get; } = [Top, Upper, Lower, Bottom];

    /// <summary>The word written in outcomes.yaml and in every output (the JSON contract included).</summary>
    public string Word { get; }

    public static Quartile? Parse(string? word) => All.FirstOrDefault(q => q.Word == word);

    public override string ToString() => Word;
}
