using WccAssure.Core.Output;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// A folder a run writes as a whole: every file is in memory before it is written, and the folder replaces the
/// previous one in one step, so a failure leaves the previous folder as it was.
/// </summary>
public sealed record OutputFolder(string Path, IReadOnlyList<OutputFile> Files, string? Note = null)
{
    public void Write() => AtomicFolder.Replace(Path, Files.Select(f => (f.Name, f.Content)));

    /// <summary>The line a user is shown, e.g. "out/trafford-pct-2008-09/: report.html, report.md, scorecard.csv".</summary>
    public override string ToString() =>
        $"{Path.Replace('\\', '/').TrimEnd('/')}/: {string.Join(", ", Files.Select(f => f.Name))}{(Note is null ? "" : $" ({Note})")}";
}
