using System.Text;
using Scriban.Runtime;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// The output of one render. Scriban would stop writing at its limit and end the text with "..."; this fails at
/// the limit instead, inside the statement that wrote too much, so the error names that place in the template.
/// </summary>
internal sealed class BoundedOutput(int limit) : IScriptOutput, IDisposable
{
    /// <summary>
    /// A batch renders four templates per report on each thread, one after another; a fresh 128 KB buffer for each
    /// was a sixth of a national run's allocation, every byte of it new memory the kernel had to clear. So each
    /// thread keeps the buffer of its last render (a render runs on one thread from start to end).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? spare;

    /// <summary>A buffer grown past this (a hostile template's output) is not kept.</summary>
    private const int KeptCapacity = 1024 * 1024;

    private StringBuilder? text = Take();

    private static StringBuilder Take()
    {
        var kept = spare;
        spare = null;
        return kept ?? new StringBuilder(64 * 1024);
    }

    private StringBuilder Text => text ?? throw new ObjectDisposedException(nameof(BoundedOutput));

    public void Write(string text, int offset, int count)
    {
        if (Text.Length + count >= limit)
        {
            throw new InvalidOperationException(
                $"the output is longer than {limit:N0} characters (the limit on a template's output)"
            );
        }

        Text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Text.ToString();

    /// <summary>Gives the buffer back to this thread for its next render.</summary>
    public void Dispose()
    {
        if (text is { Capacity: <= KeptCapacity } kept)
        {
            spare = kept.Clear();
        }

        text = null;
    }
}
