using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Loading;

/// <summary>
/// Turns what a person types into assessment folders: an assessment folder stands for itself; an organisation
/// folder or a whole tree (`assessments/alw`, `assessments`) stands for every assessment folder below it; a file
/// of an assessment (`…/competencies/c01.yaml`) stands for its assessment, checked for that file.
/// </summary>
public static class AssessmentFolders
{
    /// <summary>
    /// Deep enough for assessments/&lt;organisation&gt;/&lt;year&gt; under a parent or two, shallow enough not to trawl
    /// a home folder.
    /// </summary>
    public const int MaxDepth = 4;

    /// <summary>
    /// The assessments each of <paramref name="paths"/> stands for, in the order named; a folder may appear twice.
    /// </summary>
    public static IReadOnlyList<AssessmentTarget> Expand(IEnumerable<string> paths) => [.. paths.SelectMany(Expand)];

    /// <summary>
    /// The assessments <paramref name="path"/> stands for, in ordinal order; a path that names none stands for itself,
    /// so loading it reports what is wrong.
    /// </summary>
    public static IReadOnlyList<AssessmentTarget> Expand(string path)
    {
        var trimmed = DisplayPath.Folder(path);
        if (trimmed.Length == 0)
        {
            trimmed = path;
        }

        if (File.Exists(path))
        {
            return [ForFile(trimmed)];
        }

        if (!Directory.Exists(path) || IsAssessment(path))
        {
            return [new AssessmentTarget(trimmed, null)];
        }

        var found = Below(trimmed, MaxDepth).ToList();
        return found.Count == 0 ? [new AssessmentTarget(trimmed, null)] : found;
    }

    /// <summary>Whether <paramref name="folder"/> holds an assessment.yaml.</summary>
    public static bool IsAssessment(string folder) => File.Exists(Path.Combine(folder, AssessmentLoader.HeaderFile));

    /// <summary>
    /// Whether a path inside an assessment folder names one of its kinds of file (a misnamed cNN.yaml still does).
    /// </summary>
    public static bool IsAssessmentFile(string relative) =>
        relative is AssessmentLoader.HeaderFile or AssessmentLoader.OutcomesFile
        || (
            relative.EndsWith(".yaml", StringComparison.Ordinal)
            && relative.Count(c => c == '/') == 1
            && (
                relative.StartsWith("competencies/", StringComparison.Ordinal)
                || relative.StartsWith("governance/", StringComparison.Ordinal)
            )
        );

    /// <summary>The assessment folder a file lies in (its own folder or the one above), or null.</summary>
    public static string? AssessmentOf(string file)
    {
        var folder = Parent(file.Replace('\\', '/'));
        for (var up = 0; up < 2 && folder is not null; up++, folder = Parent(folder))
        {
            if (IsAssessment(folder.Length == 0 ? "." : folder))
            {
                return folder.Length == 0 ? "." : folder;
            }
        }

        return null;
    }

    /// <summary>
    /// The assessment folder of a file: its own folder or the one above (competencies/, governance/).
    /// </summary>
    private static AssessmentTarget ForFile(string file)
    {
        var folder = Parent(file);
        for (var up = 0; up < 2 && folder is not null; up++, folder = Parent(folder))
        {
            if (IsAssessment(folder.Length == 0 ? "." : folder))
            {
                // A file beside an assessment's own (notes.txt) stands for nothing: the loader names it as such.
                var relative = folder.Length == 0 ? file : file[(folder.Length + 1)..];
                return IsAssessmentFile(relative)
                    ? new AssessmentTarget(folder.Length == 0 ? "." : folder, relative)
                    : new AssessmentTarget(file, null);
            }
        }

        return new AssessmentTarget(file, null);
    }

    private static string? Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash switch
        {
            < 0 => path is "." or ".." ? null : "",
            0 => "/",
            _ => path[..slash],
        };
    }

    /// <summary>
    /// Assessment folders below, in ordinal order; hidden folders and links are not followed (no loops, no escapes).
    /// </summary>
    private static IEnumerable<AssessmentTarget> Below(string folder, int depth)
    {
        if (depth == 0)
        {
            yield break;
        }

        IEnumerable<string> children;
        try
        {
            children = [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var child in children)
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || new DirectoryInfo(child).LinkTarget is not null)
            {
                continue;
            }

            var display = $"{folder}/{name}";
            if (IsAssessment(child))
            {
                yield return new AssessmentTarget(display, null);
                continue;
            }

            foreach (var below in Below(display, depth - 1))
            {
                yield return below;
            }
        }
    }
}

/// <summary>
/// An assessment folder to load, and when the person named one file of it, that file (relative to the folder).
/// </summary>
public sealed record AssessmentTarget(string Folder, string? File)
{
    /// <summary>
    /// The findings a person asking about <see cref="File"/> wants: that file's, and assessment.yaml's, which decides
    /// how it is read.
    /// </summary>
    public bool Concerns(Diagnostics.Finding finding) =>
        File is null
        || finding.Location.File.EndsWith("/" + File, StringComparison.Ordinal)
        || finding.Location.File == File
        || finding.Location.File.EndsWith("/" + AssessmentLoader.HeaderFile, StringComparison.Ordinal);
}
