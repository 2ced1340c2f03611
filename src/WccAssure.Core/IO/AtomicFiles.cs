namespace WccAssure.Core.IO;

/// <summary>
/// Replaces several existing files so that either all of them change or none do: every new file is written beside
/// its target first, then each is renamed over its target, keeping the old one aside until all are in place; a
/// failure on the way puts back the ones already replaced.
/// </summary>
public static class AtomicFiles
{
    /// <summary>
    /// Replaces each file at its path with its content, all or none; every target must exist already. A failed step's
    /// exception is thrown after the files already replaced are put back.
    /// </summary>
    public static void Replace(IReadOnlyList<(string Path, byte[] Content)> files)
    {
        var unique = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staged = files
            .Select(f => (Target: Path.GetFullPath(f.Path), Content: f.Content))
            .Select(f => (f.Target, f.Content, New: $"{f.Target}.tmp-{unique}", Old: $"{f.Target}.old-{unique}"))
            .ToList();
        var replaced = new List<(string Target, string Old)>();
        try
        {
            foreach (var file in staged)
            {
                File.WriteAllBytes(file.New, file.Content);
            }

            try
            {
                foreach (var file in staged)
                {
                    File.Replace(file.New, file.Target, file.Old);
                    replaced.Add((file.Target, file.Old));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                foreach (var (target, old) in Enumerable.Reverse(replaced))
                {
                    File.Move(old, target, overwrite: true);
                }

                replaced.Clear();
                throw;
            }
        }
        finally
        {
            foreach (var file in staged)
            {
                File.Delete(file.New);
            }

            foreach (var (_, old) in replaced)
            {
                File.Delete(old);
            }
        }
    }
}
