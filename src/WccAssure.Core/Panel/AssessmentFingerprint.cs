using System.Security.Cryptography;
using System.Text;

namespace WccAssure.Core.Panel;

/// <summary>
/// A SHA-256 over an assessment's YAML files, their paths relative to the folder and their bytes, in ordinal
/// order of path. The panel's workbook carries it, so applying a workbook to an assessment edited since its export
/// is noticed rather than silently mixed.
/// </summary>
public static class AssessmentFingerprint
{
    /// <summary>
    /// The fingerprint of the YAML files under <paramref name="folder"/>: "sha256:" and 64 lower-case hex digits.
    /// </summary>
    public static string Of(string folder)
    {
        var files = Directory
            .EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Path: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, path) in files)
        {
            var bytes = File.ReadAllBytes(path);
            // Name and length before the bytes, so no two sets of files can run together into the same stream.
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
