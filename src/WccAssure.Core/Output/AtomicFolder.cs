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

    /// <summary>
    /// Replaces the folder with exactly these files, as a whole: they are written to a sibling staging folder,
    /// the previous folder is moved aside, the staging folder renamed into place, and only then is the previous
    /// one deleted. A failure at any step leaves the previous folder as it was, never a mix of new and old files.
    /// </summary>
    public static void Replace(string target, IEnumerable<(string Path, byte[] Content)> files)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var unique = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = $"{full}.tmp-{unique}";
        var previous = $"{full}.old-{unique}";
        var replaced = false;
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (path, content) in files)
            {
                var file = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, content);
            }

            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }

            try
            {
                Directory.Move(staging, full);
                replaced = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (Directory.Exists(previous))
                {
                    Directory.Move(previous, full);
                }

                throw;
            }
        }
        finally
        {
            DeleteQuietly(staging);

            // The previous folder goes only once the new one is in place; if putting it back failed, it is kept.
            if (replaced)
            {
                DeleteQuietly(previous);
            }
        }
    }

    /// <summary>Clearing up a leftover must not turn a completed replacement into a failure.</summary>
    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the user to remove; the output itself is complete.
        }
    }
}
