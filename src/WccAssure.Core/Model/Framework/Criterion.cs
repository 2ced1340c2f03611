using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Framework;

/// <summary>
/// One requirement for a level or a rating: either an evidence tag that some evidence item must cite, or a
/// condition over metrics.
/// </summary>
public sealed record Criterion(string? Tag, Condition? When, string Description, SourceLocation Location);
