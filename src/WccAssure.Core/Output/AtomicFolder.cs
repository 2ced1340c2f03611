namespace WccAssure.Core.Output;

/// <summary>
/// Writes a set of files so that either all of them appear or none do: they are written to a temporary
/// sibling folder which is then renamed into place.
/// </summary>
public static class AtomicFolder
{
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
