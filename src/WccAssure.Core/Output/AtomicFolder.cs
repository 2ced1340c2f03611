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
        var list = files as IReadOnlyCollection<(string Path, byte[] Content)> ?? [.. files];
        if (Holds(full, list))
        {
            // Already exactly these bytes (a run repeated on unchanged input): reading is cheaper than creating,
            // writing and deleting every file again, and the files keep their times for tools that compare them.
            return;
        }

        files = list;
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

    /// <summary>The folder holds exactly these files, byte for byte, and nothing else.</summary>
    private static bool Holds(string folder, IReadOnlyCollection<(string Path, byte[] Content)> files)
    {
        if (!Directory.Exists(folder) || Directory.EnumerateDirectories(folder).Any() || files.Any(f => f.Path.Contains('/') || f.Path.Contains('\\')))
        {
            return false;
        }

        var present = new DirectoryInfo(folder).EnumerateFiles().ToDictionary(f => f.Name, f => f.Length, StringComparer.Ordinal);
        if (present.Count != files.Count || files.Any(f => !present.TryGetValue(f.Path, out var length) || length != f.Content.Length))
        {
            return false;
        }

        try
        {
            return files.All(f => Same(Path.Combine(folder, f.Path), f.Content));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Compares a file with bytes through one pooled buffer, so a batch's comparison allocates next to nothing.</summary>
    private static bool Same(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var offset = 0;
            for (int read; (read = stream.Read(buffer, 0, buffer.Length)) > 0; offset += read)
            {
                if (offset + read > content.Length || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
                {
                    return false;
                }
            }

            return offset == content.Length;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
