using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>A figure the engine derived, or the reason it could not: never a guess.</summary>
public sealed record Derived(double? Value, string How, string? NotComputable)
{
    public static Derived Missing(string reason) => new(null, "none", reason);
}
