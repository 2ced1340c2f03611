namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Marks a view-model property whose text the view model has already made safe for one output format (a picture,
/// rendered Markdown, the stylesheet). A template writes it as it is in that format; everywhere else, and every
/// unmarked value, is escaped. Templates cannot mark text trusted themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class TrustedAttribute(OutputFormat format) : Attribute
{
    public OutputFormat Format { get; } = format;
}
