namespace WccAssure.Core.Comparison;

/// <summary>
/// An assessment folder as a pack prints it. A pack is sent to others, so it never records where this machine
/// keeps files: a folder named relative to where wcc ran stays as given; an absolute one is shown relative to the
/// working folder (<c>baseFolder</c> of <see cref="Of"/>) when it lies below it, else by its last three
/// steps (set, organisation, year) after "…/".
/// </summary>
public static class ShownFolder
{
    /// <summary>
    /// How a pack prints <paramref name="folder"/>, with '/'; <paramref name="baseFolder"/> is where wcc ran, or null
    /// to show every absolute folder by its last three steps.
    /// </summary>
    public static string Of(string folder, string? baseFolder)
    {
        var path = folder.Replace('\\', '/');
        if (!Path.IsPathRooted(folder))
        {
            return path;
        }

        var relative = baseFolder is null ? folder : Path.GetRelativePath(baseFolder, folder).Replace('\\', '/');
        if (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal))
        {
            return relative;
        }

        var steps = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return "…/" + string.Join('/', steps.TakeLast(3));
    }
}
