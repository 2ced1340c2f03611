namespace WccAssure.Reporting.Rendering;

/// <summary>A template problem, located in the template file so its author can fix it.</summary>
public sealed record TemplateError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: error: {Message}";
}
