using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>The files of one assessment folder: read safely, named for findings, strays reported.</summary>
internal sealed class AssessmentFiles(string folder, string display, FindingSink findings)
{
    public string Display(string relative) => $"{display}/{relative}";

    public YamlNode? Read(string relative)
    {
        var path = ContainedPath.Resolve(folder, relative);
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

        return YamlFileReader.Read(path, Display(relative), findings);
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
        var directory = ContainedPath.Resolve(folder, subfolder);
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
                findings.Error(SourceLocation.StartOf(Display($"{subfolder}/{file}")),
                    $"not a file of this framework (expected: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
    }
}
