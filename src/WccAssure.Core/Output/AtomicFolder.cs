namespace WccAssure.Core.Output;

/// <summary>
/// Writes a set of files so that either all of them appear or none do: they are written to a temporary
/// sibling folder which is then renamed into place.
/// </summary>
public static class AtomicFolder
{
    /// <summary>A folder can be created when it does not exist yet or is empty; nothing of the user's is replaced.</summary>
    public static bool IsFree(string target) => !Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any();

    public static void Write(string target, IEnumerable<(string Path, string Content)> files)
    {
        var full = Path.GetFullPath(target);
        var staging = full.TrimEnd(Path.DirectorySeparatorChar) + ".tmp-" + Environment.ProcessId;
        try
        {
            foreach (var (path, content) in files)
            {
                var file = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, content);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }

            Directory.Move(staging, full);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
