using System.Text;

namespace WccAssure.Core.Text;

/// <summary>
/// Standard output and error as the terminal sees them: a control or directional character that reached a message
/// from the input (an organisation code with an escape sequence, a folder name with a right-to-left override) is
/// written as an escape such as \u001B, so nothing the input holds can act on the terminal. Findings are already
/// escaped where they are made (<see cref="Diagnostics.Finding"/>); this is the last line for every other message.
/// </summary>
public sealed class InertWriter(TextWriter inner) : TextWriter
{
    /// <summary>The inner writer's encoding.</summary>
    public override Encoding Encoding => inner.Encoding;

    /// <summary>The inner writer's format provider.</summary>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <summary>Writes <paramref name="value"/>, as an escape when it would act on the terminal.</summary>
    public override void Write(char value)
    {
        if (VisibleText.IsHiddenInReport(value))
        {
            inner.Write(VisibleText.ForReport(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <summary>Writes <paramref name="value"/> with every character that would act on the terminal escaped.</summary>
    public override void Write(string? value) => inner.Write(value is null ? null : VisibleText.ForReport(value));

    /// <summary>Writes the characters as one string, escaped as <see cref="Write(string)"/> does.</summary>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>Writes <paramref name="value"/> escaped, then a line break.</summary>
    public override void WriteLine(string? value) =>
        inner.WriteLine(value is null ? null : VisibleText.ForReport(value));

    /// <summary>Flushes the inner writer.</summary>
    public override void Flush() => inner.Flush();

    /// <summary>Flushes the inner writer, which stays open: it is the process's own output.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
