namespace WccAssure.Core.Loading;

/// <summary>
/// Resolves a file inside an assessment folder, following symbolic links, and refuses any path that ends up
/// outside the folder: an assessment must not be able to make the tool read arbitrary files.
/// </summary>
public static class ContainedPath
{
    public static string? Resolve(string folder, string relative)
    {
        var root = RealPath(Path.GetFullPath(folder));
        var candidate = RealPath(Path.GetFullPath(Path.Combine(root, relative)));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return candidate.StartsWith(prefix, StringComparison.Ordinal) ? candidate : null;
    }

    private static string RealPath(string path)
    {
        var parent = Path.GetDirectoryName(path);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var current = resolvedParent is null ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
        try
        {
            var info = new FileInfo(current);
            if (info.LinkTarget is { } target)
            {
                return RealPath(Path.GetFullPath(Path.Combine(resolvedParent ?? "/", target)));
            }
        }
        catch (IOException)
        {
            // A broken or looping link resolves to itself; reading it later reports a located error.
        }

        return current;
    }
}
