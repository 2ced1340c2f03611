using WccAssure.Core.Diagnostics;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// What a report run produces: one folder per report under <paramref name="OutputDirectory"/>, optionally the
/// comparison pack and PDFs, for an <paramref name="Audience"/> (null: panel for a panel assessment, author for a
/// draft).
/// </summary>
public sealed record ReportRequest(
    string OutputDirectory,
    string? CompareDirectory = null,
    bool Pdf = false,
    ReportAudience? Audience = null
)
{
    /// <summary>Also write each report as a Word document, report.docx.</summary>
    public bool Docx { get; init; }

    /// <summary>
    /// The evidence items under each measure in the panel edition too (the author's edition always has them).
    /// </summary>
    public bool Evidence { get; init; }

    /// <summary>
    /// The pack's folder is replaced as a whole, so it must not be the reports' folder or hold it: that would
    /// delete the reports. Null when the request is sound, else why not.
    /// </summary>
    public string? Problem()
    {
        if (CompareDirectory is null)
        {
            return null;
        }

        var reports = Full(OutputDirectory);
        var pack = Full(CompareDirectory);
        return reports == pack || reports.StartsWith(pack + "/", StringComparison.Ordinal)
            ? $"--compare {CompareDirectory} would replace the reports' folder {OutputDirectory}; give the pack a "
                + $"folder of its own"
            : null;
    }

    private static string Full(string path) => DisplayPath.Folder(Path.GetFullPath(path));
}
