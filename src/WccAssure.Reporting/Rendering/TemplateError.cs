namespace WccAssure.Reporting.Rendering;

/// <summary>
/// A template problem, located in the template file (line and column from 1) so its author can fix it.
/// </summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    /// <summary>A problem located by line only, in column 1.</summary>
    public TemplateError(string file, int line, string message)
        : this(file, line, 1, message) { }

    /// <summary>"templates/report.html.sbn:12:5: error: …", the form an editor can jump to.</summary>
    public override string ToString() => $"{Core.Text.VisibleText.ShortenPath(File)}:{Line}:{Column}: error: {Message}";
}
