using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.IO;

/// <summary>
/// Writes a set of files so that either all of them appear or none do: they are written to a temporary
/// sibling folder which is then renamed into place.
/// </summary>
public static class AtomicFolder
{
    /// <summary>
    /// A folder can be created when it does not exist yet or is empty; nothing of the user's is replaced.
    /// </summary>
    public static bool IsFree(string target) =>
        !Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any();

    /// <summary>
    /// Makes the folder <paramref name="target"/> holding <paramref name="files"/> (paths relative to it, text written
    /// as UTF-8), all or none; the folder must be free (see <see cref="IsFree"/>) or the write throws.
    /// </summary>
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
    /// Why the folder may not be replaced, or null when it may: it does not exist, is empty, or holds nothing but
    /// regular files named in <paramref name="owned"/> (the names wcc gives its own outputs). Anything else there (a
    /// subfolder, a link, a file of another name, an assessment) was not written by wcc, and replacing the folder
    /// would delete it. The folder's own entries are the record of what wcc wrote, so no marker file is needed, and
    /// folders written by earlier versions are still replaced.
    /// </summary>
    public static string? Refusal(string target, IEnumerable<string> owned)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var shown = DisplayPath.Folder(target) + "/";
        var entry = new DirectoryInfo(full);
        if (entry.LinkTarget is not null)
        {
            return $"{shown} is a link; wcc writes its output into a folder of its own, so choose another output "
                + $"folder";
        }

        if (File.Exists(full))
        {
            return $"{shown.TrimEnd('/')} is a file, not a folder; choose another output folder";
        }

        if (!entry.Exists)
        {
            return null;
        }

        var names = new HashSet<string>(owned, StringComparer.Ordinal);
        var foreign = entry
            .EnumerateFileSystemInfos()
            .Where(e => e is not FileInfo file || file.LinkTarget is not null || !names.Contains(file.Name))
            .Select(e => e is DirectoryInfo && e.LinkTarget is null ? e.Name + "/" : e.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count == 0)
        {
            return null;
        }

        var listed =
            string.Join(", ", foreign.Take(3).Select(n => Text.VisibleText.ForMessage(Text.VisibleText.Shorten(n))))
            + (foreign.Count > 3 ? $" and {foreign.Count - 3} more" : "");
        return AssessmentIn(full) is { } assessment
            ? (
                assessment == full
                    ? $"{shown} is the assessment folder"
                    : $"{shown} holds the assessment folder {Shown(target, full, assessment)}"
            ) + "; writing there would delete it. Give the output a folder outside the assessments"
            : $"{shown} holds what wcc did not write ({listed}); wcc replaces only a folder of its own outputs, and "
                + $"never "
                + "deletes anything else. Choose another output folder, or move those out of it";
    }

    /// <summary>
    /// A folder at or below <paramref name="folder"/> holding assessment.yaml, looked for without following links.
    /// </summary>
    private static string? AssessmentIn(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = 4,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        return Directory
            .EnumerateFiles(folder, "assessment.yaml", options)
            .Select(f => Path.GetDirectoryName(f)!)
            .FirstOrDefault();
    }

    private static string Shown(string target, string full, string found) =>
        DisplayPath.Folder(found == full ? target : Path.Combine(target, Path.GetRelativePath(full, found))) + "/";

    /// <summary>
    /// Replaces the folder with exactly these files, as a whole: they are written to a sibling staging folder,
    /// the previous folder is moved aside, the staging folder renamed into place, and only then is the previous
    /// one deleted. A failure at any step leaves the previous folder as it was, never a mix of new and old files.
    /// A folder holding anything but files named in <c>owned</c> is refused (see <see cref="Refusal"/>).
    /// </summary>
    public static void Replace(string target, IReadOnlyList<(string Path, byte[] Content)> files) =>
        Replace(target, files, files.Select(f => f.Path));

    /// <summary>
    /// Replaces the folder as a whole, as the other overload does, when it holds nothing but files named in
    /// <paramref name="owned"/>; otherwise throws an <see cref="IOException"/> with the <see cref="Refusal"/>. A
    /// folder already holding exactly these bytes is left untouched.
    /// </summary>
    public static void Replace(
        string target,
        IEnumerable<(string Path, byte[] Content)> files,
        IEnumerable<string> owned
    )
    {
        if (Refusal(target, owned) is { } refusal)
        {
            throw new IOException(refusal);
        }

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
        if (
            !Directory.Exists(folder)
            || Directory.EnumerateDirectories(folder).Any()
            || files.Any(f => f.Path.Contains('/') || f.Path.Contains('\\'))
        )
        {
            return false;
        }

        var present = new DirectoryInfo(folder)
            .EnumerateFiles()
            .ToDictionary(f => f.Name, f => f.Length, StringComparer.Ordinal);
        if (
            present.Count != files.Count
            || files.Any(f => !present.TryGetValue(f.Path, out var length) || length != f.Content.Length)
        )
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

    /// <summary>
    /// Compares a file with bytes through one pooled buffer, so a batch's comparison allocates next to nothing.
    /// </summary>
    private static bool Same(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var offset = 0;
            for (int read; (read = stream.Read(buffer, 0, buffer.Length)) > 0; offset += read)
            {
                if (
                    offset + read > content.Length
                    || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read))
                )
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
