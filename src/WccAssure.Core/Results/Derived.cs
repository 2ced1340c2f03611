namespace WccAssure.Core.Results;

/// <summary>A figure the engine derived, or the reason it could not: never a guess.</summary>
public sealed record Derived(double? Value, string How, string? NotComputable)
{
    /// <summary>A figure that could not be derived, with the <paramref name="reason"/> a reader is told.</summary>
    public static Derived Missing(string reason) => new(null, "none", reason);
}
