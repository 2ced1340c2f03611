using WccAssure.Core.Loading;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Reads a template, partial or stylesheet from a user's --templates folder defensively. Links are followed to
/// their end first, folder by folder, and a file whose end is outside the folder is refused unread: a linked
/// subfolder or a stylesheet linked to a system file would otherwise put any file the user can read into a
/// report. A named pipe or device, which reports size 0, is refused from its directory entry without being
/// opened, since opening one waits for ever for a writer. The shipped files are a few tens of kilobytes, so a
/// large file is a mistake.
/// </summary>
internal static class TemplateFile
{
    public const long MaxBytes = 4 * 1024 * 1024;

    public const string Outside =
        "leads outside the templates folder (a link, or a link to a folder, that points out of it, or a loop of "
        + "links); templates, partials and stylesheets must live in it";

    /// <summary>
    /// The folder with its links followed, which every file must end inside; null for a loop of links.
    /// </summary>
    public static string? RealRoot(string directory) => ContainedPath.RealFolder(directory);

    /// <summary>Where <paramref name="name"/> really is below the real root, or null when it leads outside.</summary>
    public static string? Locate(string? realRoot, string name) => ContainedPath.Within(realRoot, name);

    /// <summary>Whether there is an entry of that name at all (a link counts, even a broken one).</summary>
    public static bool Present(string directory, string name)
    {
        var entry = new FileInfo(Path.Combine(directory, name));
        return entry.Exists || entry.LinkTarget is not null;
    }

    /// <summary>The text of <paramref name="name"/> in the folder, or why it cannot be used.</summary>
    public static (string? Text, string? Problem) Read(string? realRoot, string name) =>
        Locate(realRoot, name) is { } path ? Read(path) : (null, "the file " + Outside);

    /// <summary>The text of a file whose links have already been followed to their end inside the folder.</summary>
    public static (string? Text, string? Problem) Read(string resolved)
    {
        if (Directory.Exists(resolved))
        {
            return (null, "this is a folder, not a file");
        }

        var info = new FileInfo(resolved);
        if (!info.Exists)
        {
            return (null, "file not found");
        }

        if (info.LinkTarget is not null)
        {
            return (null, "the file is a link that leads nowhere");
        }

        if (info.Length > MaxBytes)
        {
            return (
                null,
                $"the file is {info.Length / 1024.0 / 1024.0:0.0} MB; a template or stylesheet is limited to "
                    + $"{MaxBytes / 1024 / 1024} MB"
            );
        }

        if (info.Length == 0)
        {
            return (null, "the file is empty, or is not a regular file (a named pipe or a device)");
        }

        try
        {
            return (File.ReadAllText(resolved), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (
                null,
                "cannot read the file: " + (e is UnauthorizedAccessException ? "permission denied" : e.Message)
            );
        }
    }
}
