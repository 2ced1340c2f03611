using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Changes;

/// <summary>
/// The two paths given to `wcc diff`, checked before anything is read: one folder written two ways (`a` and `./a/`,
/// or through a link) is one assessment, and a diff of it with itself would say "no changes" as if two were compared.
/// </summary>
public static class DiffPaths
{
    /// <summary>Why the paths are the same folder, or null.</summary>
    public static string? SameFolder(IReadOnlyList<string> paths)
    {
        if (paths.Count != 2 || Real(paths[0]) != Real(paths[1]))
        {
            return null;
        }

        var (first, second) = (CommandLineAdvice.Show(paths[0]), CommandLineAdvice.Show(paths[1]));
        return (first == second ? $"'{first}' is given twice" : $"'{first}' and '{second}' are the same folder")
            + "; diff compares two different assessments: two folders, or an organisation folder holding two years";
    }

    private static string Real(string path) =>
        Path.TrimEndingDirectorySeparator(ContainedPath.RealFolder(path) ?? Path.GetFullPath(path));
}
