namespace WccAssure.Core.Diagnostics;

/// <summary>
/// How a file is named to a reader who already knows which folder it is in: the one wording of a relative path.
/// </summary>
public static class DisplayPath
{
    /// <summary>
    /// "competencies/c01.yaml" for "assessments/x/2009-10/competencies/c01.yaml" within "assessments/x/2009-10";
    /// a file outside the folder keeps its full display path. Only a leading folder is dropped, never a match in the
    /// middle.
    /// </summary>
    public static string Within(string file, string? folder) =>
        folder is { Length: > 0 } && file.StartsWith(folder + "/", StringComparison.Ordinal)
            ? file[(folder.Length + 1)..]
            : file;

    /// <summary>
    /// A folder as wcc names it in a message or a result: '/' between parts on every platform, no trailing '/', so
    /// that "x/2009-10/" and "x\2009-10" are one folder and <see cref="Within"/> can drop it from a file's path.
    /// </summary>
    public static string Folder(string path) => path.Replace('\\', '/').TrimEnd('/');
}
