using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model;

/// <summary>
/// A number as a source gave it: a value, "n/a" (null), or a placeholder the source printed instead of a
/// number (e.g. "XX%").
/// </summary>
public sealed record StatedNumber(double? Value, string? Placeholder, Provenance Provenance, SourceLocation Location)
{
    /// <summary>
    /// Whether the source printed a placeholder (`stated:` in the file) instead of a number; <see cref="Value"/> is
    /// then null.
    /// </summary>
    public bool IsPlaceholder => Placeholder is not null;
}
