using System.Globalization;

namespace WccAssure.Core.Model;

/// <summary>What a criterion is a condition for: a measure level (2–4) or a governance rating (amber, green).</summary>
public sealed record CriterionTarget
{
    private CriterionTarget(int? level, Rag? rating) => (Level, Rating) = (level, rating);

    /// <summary>
    /// The measure level (2–4) the criterion is needed for, or null when it is for a governance rating.
    /// </summary>
    public int? Level { get; }

    /// <summary>
    /// The governance rating (amber or green) the criterion is needed for, or null when it is for a level.
    /// </summary>
    public Rag? Rating { get; }

    /// <summary>A criterion of a competency measure's level; level 1 is the floor and has none.</summary>
    public static CriterionTarget ForLevel(int level) => new(level, null);

    /// <summary>A criterion of a governance measure's rating; red is what is left and has none.</summary>
    public static CriterionTarget ForRating(Rag rating) => new(null, rating);

    /// <summary>"3" or "amber", as traces have always shown it.</summary>
    public override string ToString() => Level?.ToString(CultureInfo.InvariantCulture) ?? Rating!.Value.Word();
}
