using WccAssure.Core.Diagnostics;
using WccAssure.Core.IO;

namespace WccAssure.Reporting.Output;

/// <summary>
/// A folder a run writes as a whole: every file is in memory before it is written, and the folder replaces the
/// previous one in one step, so a failure leaves the previous folder as it was. Only a folder holding nothing but
/// files named as wcc names its outputs is replaced: anything else there (an assessment, a user's notes, a
/// subfolder) makes the write a refusal that deletes nothing.
/// </summary>
public sealed record OutputFolder(string Path, IReadOnlyList<OutputFile> Files, string? Note = null)
{
    /// <summary>Why the folder may not be replaced, or null.</summary>
    public string? Refusal() => AtomicFolder.Refusal(Path, OutputNames.All.Concat(Files.Select(f => f.Name)));

    /// <summary>
    /// Replaces the folder on disk with <see cref="Files"/> as a whole (a folder already holding these bytes is left
    /// alone). Throws <see cref="IOException"/> carrying the <see cref="Refusal"/> when refused, and it or
    /// <see cref="UnauthorizedAccessException"/> when writing fails; the previous folder then stays as it was.
    /// </summary>
    public void Write() =>
        AtomicFolder.Replace(
            Path,
            Files.Select(f => (f.Name, f.Content)),
            OutputNames.All.Concat(Files.Select(f => f.Name))
        );

    /// <summary>
    /// The line a user is shown, e.g. "out/trafford-pct-2008-09/: report.html, report.md, scorecard.csv".
    /// </summary>
    public override string ToString() =>
        $"{DisplayPath.Folder(Path)}/: "
        + $"{string.Join(", ", Files.Select(f => f.Name))}{(Note is null ? "" : $" ({Note})")}";
}
