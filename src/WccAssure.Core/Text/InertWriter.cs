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
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

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

    public override void Write(string? value) => inner.Write(value is null ? null : VisibleText.ForReport(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) =>
        inner.WriteLine(value is null ? null : VisibleText.ForReport(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
