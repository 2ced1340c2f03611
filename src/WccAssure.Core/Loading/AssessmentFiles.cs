using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>The files of one assessment folder: read safely, named for findings, strays reported.</summary>
internal sealed class AssessmentFiles(string folder, string display, FindingSink findings, YamlParseCache? cache = null)
{
    // The folder's own links are followed once; each file then only checks the steps below it.
    private readonly Lazy<string?> root = new(() => ContainedPath.RealFolder(folder));

    /// <summary>
    /// Files to read from these bytes rather than from the disk (see <see cref="AssessmentLoader.Load"/>).
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? Edited { get; init; }

    public string Display(string relative) => $"{display}/{relative}";

    public YamlNode? Read(string relative)
    {
        if (Edited?.GetValueOrDefault(relative) is { } bytes)
        {
            return YamlFileReader.Parse(bytes, Display(relative), findings);
        }

        var path = ContainedPath.Within(root.Value, relative);
        if (path is null)
        {
            findings.Error(
                SourceLocation.StartOf(Display(relative)),
                "this file links outside the assessment folder (or round a loop of links); copy it in instead"
            );
            return null;
        }

        // Inside a folder that cannot be listed every file looks missing; the folder is the thing to name.
        if (!File.Exists(path) && Path.GetDirectoryName(path) is { } parent && IsUnreadable(parent))
        {
            var subfolder = Path.GetDirectoryName(relative) is { Length: > 0 } name ? name : ".";
            findings.Error(
                SourceLocation.StartOf(Display(relative)),
                $"cannot read the folder {subfolder}: permission denied"
            );
            return null;
        }

        return YamlFileReader.Read(path, Display(relative), findings, cache);
    }

    /// <summary>Reads every other YAML file of the folder for its syntax alone, in a stable order.</summary>
    public void CheckSyntaxOfTheRest()
    {
        var relatives = new List<string> { AssessmentLoader.OutcomesFile };
        foreach (var subfolder in new[] { "competencies", "governance" })
        {
            var directory = ContainedPath.Within(root.Value, subfolder);
            if (directory is not null && Directory.Exists(directory) && !IsUnreadable(directory))
            {
                relatives.AddRange(
                    Directory.EnumerateFiles(directory, "*.yaml").Select(f => $"{subfolder}/{Path.GetFileName(f)}")
                );
            }
        }

        foreach (var relative in relatives.Order(StringComparer.Ordinal))
        {
            if (ContainedPath.Within(root.Value, relative) is { } path && File.Exists(path))
            {
                Read(relative);
            }
        }
    }

    /// <summary>A folder that exists but cannot be listed (no read or search permission).</summary>
    public static bool IsUnreadable(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return false;
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
            entries.MoveNext();
            return false;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return true;
        }
    }

    /// <summary>
    /// A file the framework does not expect is most likely a misnamed one, so it is an error, not ignored.
    /// </summary>
    public void ReportStrays(
        string subfolder,
        IEnumerable<string> expected,
        IReadOnlyDictionary<string, string>? homes = null
    )
    {
        // A subfolder that links elsewhere (governance -> /etc) must not have its listing printed: the expected
        // files in it are already refused as links outside the folder.
        var directory = ContainedPath.Within(root.Value, subfolder);
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        if (IsUnreadable(directory))
        {
            return; // each expected file in it is already reported as unreadable
        }

        var known = expected.ToHashSet(StringComparer.Ordinal);
        foreach (
            var file in Directory
                .EnumerateFiles(directory)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
        )
        {
            if (!known.Contains(file) && homes?.GetValueOrDefault(file) is { } home)
            {
                findings.Error(
                    SourceLocation.StartOf(Display($"{subfolder}/{file}")),
                    $"this file belongs {Where(home)}: move it to {Moved(home, file)}"
                );
            }
            else if (!known.Contains(file))
            {
                var expectedNames = known.Order(StringComparer.Ordinal).ToList();
                findings.Error(
                    SourceLocation.StartOf(Display($"{subfolder}/{file}")),
                    Suggestions.DidYouMean(file, expectedNames) is { } advice
                        ? $"not a file of this framework; {advice}"
                        : $"not a file of this framework (expected: {string.Join(", ", expectedNames)})"
                );
            }
        }
    }

    /// <summary>
    /// Framework files and folders at the top of the assessment that are not where they are read: a competency file
    /// beside assessment.yaml, or a folder named 'competency'. Each would otherwise show only as "file not found"
    /// at the place it should be, which does not say that the file is there, misplaced.
    /// </summary>
    /// <param name="homes">Each framework file's name and the subfolder it belongs in ("" for the top).</param>
    public void ReportMisplaced(IReadOnlyDictionary<string, string> homes)
    {
        if (root.Value is not { } top || IsUnreadable(top))
        {
            return;
        }

        var files = Directory.EnumerateFiles(top).Select(System.IO.Path.GetFileName).OfType<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            if (homes.GetValueOrDefault(file) is { Length: > 0 } home)
            {
                var there = File.Exists(System.IO.Path.Combine(top, home, file));
                var message = there
                    ? $"this file is not read: the one in {home}/ is; delete this copy, "
                        + $"or move it to {Moved(home, file)}"
                    : $"this file belongs in {home}/: move it to {Moved(home, file)}";
                if (there)
                {
                    findings.Warning(SourceLocation.StartOf(Display(file)), message);
                }
                else
                {
                    findings.Error(SourceLocation.StartOf(Display(file)), message);
                }
            }
        }

        var subfolders = homes.Values.Where(h => h.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var directory in Directory.EnumerateDirectories(top).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(directory);
            if (subfolders.Contains(name) || name.StartsWith('.') || IsUnreadable(directory))
            {
                continue;
            }

            var held = Directory
                .EnumerateFiles(directory)
                .Select(f => homes.GetValueOrDefault(System.IO.Path.GetFileName(f)))
                .OfType<string>()
                .Where(h => h.Length > 0 && !Directory.Exists(System.IO.Path.Combine(top, h)));
            var meant = Suggestions.Nearest(name, subfolders).Concat(held).Distinct().FirstOrDefault();
            if (meant is not null)
            {
                findings.Error(
                    SourceLocation.StartOf(Display(name)),
                    $"the folder '{NodeValues.Shorten(name)}' is not read: "
                        + $"the {(meant == "competencies" ? "competency" : meant)} files "
                        + $"belong in {meant}/; rename it to {meant}"
                );
            }
        }
    }

    private static string Where(string home) =>
        home.Length == 0 ? "at the top of the assessment folder" : $"in {home}/";

    private static string Moved(string home, string file) => home.Length == 0 ? file : $"{home}/{file}";
}
