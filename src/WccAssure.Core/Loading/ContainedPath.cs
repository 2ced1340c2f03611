namespace WccAssure.Core.Loading;

/// <summary>
/// Resolves a file inside an assessment folder, following symbolic links, and refuses any path that ends up
/// outside the folder: an assessment must not be able to make the tool read arbitrary files.
/// </summary>
public static class ContainedPath
{
    /// <summary>
    /// Linux itself gives up after 40 links (ELOOP). Without a budget a loop (a.yaml -> a.yaml) recurses until the
    /// stack overflows, which kills the process before any finding is printed. A loop or an over-long chain is refused
    /// like an escape: its end was never checked, and the operating system would follow it further than we looked.
    /// </summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The real path of <paramref name="relative"/> inside <paramref name="folder"/>, links followed; null when it
    /// leads outside the folder or through a loop or an over-long chain of links.
    /// </summary>
    public static string? Resolve(string folder, string relative) => Within(RealFolder(folder), relative);

    /// <summary>The folder with every link in its path followed; null for a loop or an over-long chain.</summary>
    public static string? RealFolder(string folder)
    {
        var links = 0;
        return RealPath(Path.GetFullPath(folder), ref links);
    }

    /// <summary>
    /// A path below a folder already made real by <see cref="RealFolder"/>. Only the steps below it are looked at:
    /// re-reading every link of the folder's own path for each file cost a dozen system calls a file.
    /// </summary>
    public static string? Within(string? root, string relative)
    {
        if (root is null)
        {
            return null;
        }

        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null; // ".." climbed out
        }

        var links = 0;
        var current = root;
        foreach (
            var name in full[prefix.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
        )
        {
            current = Step(current, name, ref links);
            if (current is null)
            {
                return null;
            }
        }

        return current.StartsWith(prefix, StringComparison.Ordinal) ? current : null;
    }

    /// <summary>
    /// One step down from a real folder: the entry itself, or wherever its link leads (made real in full).
    /// </summary>
    private static string? Step(string realParent, string name, ref int links)
    {
        var current = Path.Combine(realParent, name);
        try
        {
            if (new FileInfo(current).LinkTarget is { } target)
            {
                return ++links > MaxLinks
                    ? null
                    : RealPath(Path.GetFullPath(Path.Combine(realParent, target)), ref links);
            }
        }
        catch (IOException)
        {
            // A broken link resolves to itself; reading it later reports a located error.
        }

        return current;
    }

    private static string? RealPath(string path, ref int links)
    {
        var parent = Path.GetDirectoryName(path);
        var resolvedParent = parent is null ? null : RealPath(parent, ref links);
        if (parent is not null && resolvedParent is null)
        {
            return null;
        }

        var current = resolvedParent is null ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
        try
        {
            var info = new FileInfo(current);
            if (info.LinkTarget is { } target)
            {
                return ++links > MaxLinks
                    ? null
                    : RealPath(Path.GetFullPath(Path.Combine(resolvedParent ?? "/", target)), ref links);
            }
        }
        catch (IOException)
        {
            // A broken link resolves to itself; reading it later reports a located error.
        }

        return current;
    }
}
