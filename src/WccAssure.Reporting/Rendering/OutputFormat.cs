namespace WccAssure.Reporting.Rendering;

/// <summary>What a template writes: each format has its own escaping and its own kind of trusted text.</summary>
internal enum OutputFormat
{
    Html,
    Markdown,
}
