using System.Buffers;
using System.Text;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Yaml;

/// <summary>Reads a YAML file defensively: size cap, strict UTF-8, then the located tree.</summary>
internal static class YamlFileReader
{
    /// <summary>Real assessment files are a few kilobytes; anything this large is a mistake or an attack.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    public static YamlNode? Read(string path, string displayName, FindingSink findings) =>
        Read(path, displayName, findings, null);

    /// <summary>
    /// As <see cref="Read(string, string, FindingSink)"/>, reusing the tree of a file whose bytes are unchanged since
    /// <paramref name="cache"/> last saw it.
    /// </summary>
    public static YamlNode? Read(string path, string displayName, FindingSink findings, YamlParseCache? cache)
    {
        var start = SourceLocation.StartOf(displayName);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            findings.Error(start, "file not found");
            return null;
        }

        if (info.Length > MaxBytes)
        {
            findings.Error(
                start,
                $"file is {info.Length / 1024 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB"
            );
            return null;
        }

        // Decided by size, without opening: a named pipe or device also has size 0, and opening one would block
        // for ever waiting for a writer.
        if (info.Length == 0)
        {
            findings.Error(start, "the file is empty");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            findings.Error(start, "cannot read the file: " + e.Message);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            findings.Error(start, "cannot read the file: permission denied");
            return null;
        }

        return cache is null
            ? Parse(bytes, displayName, findings)
            : cache.Parse(displayName, bytes, findings, own => Parse(bytes, displayName, own));
    }

    public static YamlNode? Parse(byte[] bytes, string displayName, FindingSink findings)
    {
        var text = DecodeUtf8(bytes, displayName, findings);
        return text is null ? null : YamlTreeReader.Read(displayName, text, findings);
    }

    /// <summary>Decodes strict UTF-8 and, on failure, names the line and column of the first bad byte.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes, string displayName, FindingSink findings)
    {
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            findings.Error(SourceLocation.StartOf(displayName), "the file is UTF-16; save it as UTF-8");
            return null;
        }

        var offset = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var body = bytes[offset..];
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return WithoutNul(Encoding.UTF8.GetString(body), displayName, findings);
        }

        // Only invalid files pay for the walk that finds the line and column of the first bad byte.
        int line = 1,
            column = 1,
            index = 0;
        while (index < body.Length)
        {
            var status = Rune.DecodeFromUtf8(body[index..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                findings.Error(
                    new SourceLocation(displayName, line, column),
                    $"the file is not UTF-8 (byte 0x{body[index]:X2} at offset {offset + index}); save it as UTF-8"
                );
                return null;
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            index += consumed;
        }

        return WithoutNul(Encoding.UTF8.GetString(body), displayName, findings);
    }

    /// <summary>
    /// A NUL is valid UTF-8 but allowed nowhere in YAML or CSV, not even in a comment, where the parser's own
    /// message ("does not fit the lines above it") would send the author looking at indentation instead.
    /// </summary>
    private static string? WithoutNul(string text, string displayName, FindingSink findings)
    {
        var at = text.IndexOf('\0', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1) + 1;
        findings.Error(
            new SourceLocation(displayName, line, column),
            "a NUL character (byte 0x00) is here; it is allowed nowhere in the file, not even in a comment: delete it "
                + "(an editor may show it as ^@ or not at all)"
        );
        return null;
    }
}
