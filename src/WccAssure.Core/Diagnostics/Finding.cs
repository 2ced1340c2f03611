namespace WccAssure.Core.Diagnostics;

/// <summary>One problem found in the input, located so an author can go straight to it.</summary>
public sealed record Finding(Severity Severity, SourceLocation Location, string Message)
{
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
