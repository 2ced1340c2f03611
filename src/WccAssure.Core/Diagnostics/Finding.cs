using WccAssure.Core.Text;

namespace WccAssure.Core.Diagnostics;

/// <summary>One problem found in the input, located so an author can go straight to it.</summary>
public sealed record Finding(Severity Severity, SourceLocation Location, string Message)
{
    /// <summary>
    /// One line whatever the input held: a newline or escape sequence in a folder name, key or value is shown
    /// escaped, so it can neither forge a finding line for another file nor act on the terminal.
    /// </summary>
    public override string ToString() =>
        VisibleText.ForMessage($"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}");
}
