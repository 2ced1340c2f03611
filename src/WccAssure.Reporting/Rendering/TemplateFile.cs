namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Reads a template, partial or stylesheet from a user's --templates folder defensively: the shipped ones are a few
/// tens of kilobytes, so a large file is a mistake; and a named pipe or device, which reports size 0, is refused
/// from its directory entry without being opened, since opening one waits for ever for a writer.
/// </summary>
internal static class TemplateFile
{
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The text, or why it cannot be used.</summary>
    public static (string? Text, string? Problem) Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, "file not found");
        }

        if (info.Length > MaxBytes)
        {
            return (null, $"the file is {info.Length / 1024.0 / 1024.0:0.0} MB; a template or stylesheet is limited to {MaxBytes / 1024 / 1024} MB");
        }

        if (info.Length == 0)
        {
            return (null, "the file is empty, or is not a regular file (a named pipe or a device)");
        }

        try
        {
            return (File.ReadAllText(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read the file: " + (e is UnauthorizedAccessException ? "permission denied" : e.Message));
        }
    }
}
