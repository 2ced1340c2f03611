using System.Text;
using Scriban.Runtime;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// The output of one render. Scriban would stop writing at its limit and end the text with "..."; this fails at
/// the limit instead, inside the statement that wrote too much, so the error names that place in the template.
/// </summary>
internal sealed class BoundedOutput(int limit) : IScriptOutput
{
    private readonly StringBuilder text = new(64 * 1024);

    public void Write(string text, int offset, int count)
    {
        if (this.text.Length + count >= limit)
        {
            throw new InvalidOperationException(
                $"the output is longer than {limit:N0} characters (the limit on a template's output)"
            );
        }

        this.text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => text.ToString();
}
