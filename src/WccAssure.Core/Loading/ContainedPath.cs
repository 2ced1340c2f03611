namespace WccAssure.Core.Loading;

/// <summary>
/// Resolves a file inside an assessment folder, following symbolic links, and refuses any path that ends up
/// outside the folder: an assessment must not be able to make the tool read arbitrary files.
/// </summary>
internal static class ContainedPath
{
    /// <summary>
    /// Linux itself gives up after 40 links (ELOOP). Without a budget a loop (a.yaml -> a.yaml) recurses until the
    /// stack overflows, which kills the process before any finding is printed. A loop or an over-long chain is refused
    /// like an escape: its end was never checked, and the operating system would follow it further than we looked.
    /// </summary>
    private const int MaxLinks = 40;

    public static string? Resolve(string folder, string relative)
    {
        var links = 0;
        var root = RealPath(Path.GetFullPath(folder), ref links);
        var candidate = root is null ? null : RealPath(Path.GetFullPath(Path.Combine(root, relative)), ref links);
        if (root is null || candidate is null)
        {
            return null;
        }

        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return candidate.StartsWith(prefix, StringComparison.Ordinal) ? candidate : null;
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
                return ++links > MaxLinks ? null : RealPath(Path.GetFullPath(Path.Combine(resolvedParent ?? "/", target)), ref links);
            }
        }
        catch (IOException)
        {
            // A broken link resolves to itself; reading it later reports a located error.
        }

        return current;
    }
}
