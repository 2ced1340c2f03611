namespace WccAssure.Core.Results;

/// <summary>
/// How scores are compared and banded, once for every output. A competency score is a mean of whole levels, often a
/// third, and sums of thirds are not exact in binary: two scores within <see cref="Tolerance"/> are the same score.
/// </summary>
public static class ScoreBand
{
    /// <summary>How far apart two scores may be and still be the same score.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The level a score stands at: its floor, so a 2.9999999999 left by adding thirds is level 3.</summary>
    public static int Level(double score) => (int)Math.Floor(score + Tolerance);

    /// <summary>1 when <paramref name="a"/> is above <paramref name="b"/>, -1 below, 0 within the tolerance.</summary>
    public static int Compare(double a, double b) =>
        a > b + Tolerance ? 1
        : a < b - Tolerance ? -1
        : 0;

    /// <summary>Whether two figures are the same within the tolerance.</summary>
    public static bool Same(double a, double b) => Math.Abs(a - b) < Tolerance;
}
