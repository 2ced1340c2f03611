namespace WccAssure.Core.IO;

/// <summary>Writes a file through a temporary file and a rename, so a failure never leaves it half-written.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/>, making its folder and replacing any file there.
    /// </summary>
    public static void Write(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> as UTF-8 without a byte-order mark.
    /// </summary>
    public static void Write(string path, string content) => Write(path, System.Text.Encoding.UTF8.GetBytes(content));
}
