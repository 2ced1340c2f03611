using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>The files of one assessment folder: read safely, named for findings, strays reported.</summary>
internal sealed class AssessmentFiles(string folder, string display, FindingSink findings, YamlParseCache? cache = null)
{
    // The folder's own links are followed once; each file then only checks the steps below it.
    private readonly Lazy<string?> root = new(() => ContainedPath.RealFolder(folder));

    /// <summary>Files to read from these bytes rather than from the disk (see <see cref="AssessmentLoader.Load"/>).</summary>
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
            findings.Error(SourceLocation.StartOf(Display(relative)), "this file links outside the assessment folder (or round a loop of links); copy it in instead");
            return null;
        }

        // Inside a folder that cannot be listed every file looks missing; the folder is the thing to name.
        if (!File.Exists(path) && Path.GetDirectoryName(path) is { } parent && IsUnreadable(parent))
        {
            var subfolder = Path.GetDirectoryName(relative) is { Length: > 0 } name ? name : ".";
            findings.Error(SourceLocation.StartOf(Display(relative)), $"cannot read the folder {subfolder}: permission denied");
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
                relatives.AddRange(Directory.EnumerateFiles(directory, "*.yaml").Select(f => $"{subfolder}/{Path.GetFileName(f)}"));
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

    /// <summary>A file the framework does not expect is most likely a misnamed one, so it is an error, not ignored.</summary>
    public void ReportStrays(string subfolder, IEnumerable<string> expected)
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
        foreach (var file in Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (!known.Contains(file))
            {
                var expectedNames = known.Order(StringComparer.Ordinal).ToList();
                findings.Error(SourceLocation.StartOf(Display($"{subfolder}/{file}")), Suggestions.DidYouMean(file, expectedNames) is { } advice
                    ? $"not a file of this framework; {advice}"
                    : $"not a file of this framework (expected: {string.Join(", ", expectedNames)})");
            }
        }
    }
}
