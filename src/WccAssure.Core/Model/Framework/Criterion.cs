using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Framework;

/// <summary>
/// One requirement for a level or a rating: either evidence tags that one evidence item must cite together, or
/// a condition over metrics. Several tags on one criterion bind properties to the same piece of evidence
/// ("outcome measures in the main contracts"), which two separate items tagged once each cannot satisfy.
/// </summary>
public sealed record Criterion(IReadOnlyList<string> Tags, Condition? When, string Description, SourceLocation Location)
{
    /// <summary>
    /// Whether evidence tags decide the criterion; otherwise <see cref="When"/> does, over the measure's metrics.
    /// </summary>
    public bool IsTagCriterion => Tags.Count > 0;
}
