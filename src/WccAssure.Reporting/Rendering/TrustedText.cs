namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Text from a [Trusted] property as a template sees it. Only the view accessor creates one, so a template
/// cannot turn its own strings into trusted text; joining it with a string gives a plain string, which is escaped.
/// </summary>
internal sealed class TrustedText
{
    private readonly string text;

    internal TrustedText(string text, OutputFormat format)
    {
        this.text = text;
        Format = format;
    }

    internal OutputFormat Format { get; }

    public override string ToString() => text;
}
