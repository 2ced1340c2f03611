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
}
