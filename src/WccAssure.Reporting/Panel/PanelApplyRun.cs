using WccAssure.Core.Changes;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Panel;
using WccAssure.Core.Pipeline;

namespace WccAssure.Reporting.Panel;

/// <summary>
/// wcc panel-apply: reads the workbook, plans the edits (refusing a workbook that is not this assessment's, or not
/// as exported), prints what changes as wcc diff does, and writes every changed file or none.
/// </summary>
public static class PanelApplyRun
{
    /// <summary>
    /// What to print on standard output and on standard error, and whether the files were written (or nothing needed
    /// writing).
    /// </summary>
    public static (string Output, IReadOnlyList<string> Errors, bool Ok) Apply(
        SeedLibrary seeds,
        string workbook,
        string folder,
        bool force
    )
    {
        var display = workbook.Replace('\\', '/');
        if (!Directory.Exists(folder))
        {
            return ("", [$"{DisplayPath.Folder(folder)}: error: no such assessment folder"], false);
        }

        var (cells, problem) = PanelWorkbookReader.Read(workbook, display);
        if (cells is null)
        {
            return ("", [problem!], false);
        }

        var plan = PanelApplication.Plan(new AssessmentEngine(seeds), cells, folder, force);
        var findings = plan.Findings.Select(f => f.ToString());
        if (plan.Refused)
        {
            var why =
                plan.Refusals.Count > 0
                    ? "the workbook was refused"
                    : "the assessment would not be valid with the workbook's values";
            return ("", [.. plan.Refusals, .. findings, $"wcc: {why}; nothing was written"], false);
        }

        var changes = plan.Changes!;
        changes = changes with { After = changes.After with { Folder = $"{changes.After.Folder}, with {display}" } };
        AtomicFiles.Replace(plan.Files);
        var written =
            plan.Files.Count == 0
                ? "No file changed."
                : $"Wrote {string.Join(", ", plan.Files.Select(f => Path.GetRelativePath(folder, f.Path)
                .Replace('\\', '/')))}.";
        return (ChangesText.Write(changes) + written + "\n", [.. findings], true);
    }
}
