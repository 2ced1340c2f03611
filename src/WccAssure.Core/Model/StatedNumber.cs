using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model;

/// <summary>
/// A number as a source gave it: a value, "n/a" (null), or a placeholder the source printed instead of a
/// number (e.g. "XX%").
/// </summary>
public sealed record StatedNumber(double? Value, string? Placeholder, Provenance Provenance, SourceLocation Location)
{
    public bool IsPlaceholder => Placeholder is not null;
}
