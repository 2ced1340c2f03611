using System.Globalization;

namespace WccAssure.Core.Model;

/// <summary>What a criterion is a condition for: a measure level (2–4) or a governance rating (amber, green).</summary>
public sealed record CriterionTarget
{
    private CriterionTarget(int? level, Rag? rating) => (Level, Rating) = (level, rating);

    public int? Level { get; }

    public Rag? Rating { get; }

    public static CriterionTarget ForLevel(int level) => new(level, null);

    public static CriterionTarget ForRating(Rag rating) => new(null, rating);

    /// <summary>"3" or "amber", as traces have always shown it.</summary>
    public override string ToString() => Level?.ToString(CultureInfo.InvariantCulture) ?? Rating!.Value.Word();
}
