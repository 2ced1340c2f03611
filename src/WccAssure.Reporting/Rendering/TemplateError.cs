namespace WccAssure.Reporting.Rendering;

/// <summary>
/// A template problem, located in the template file (line and column from 1) so its author can fix it.
/// </summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    public TemplateError(string file, int line, string message)
        : this(file, line, 1, message) { }

    public override string ToString() => $"{Core.Text.VisibleText.ShortenPath(File)}:{Line}:{Column}: error: {Message}";
}
