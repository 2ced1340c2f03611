using System.Text.Json;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// A throw-away working folder holding a copy of tests/fixtures/valid (an assessment that validates as it stands)
/// to break one thing in, and beside it the folders a command may write to.
/// </summary>
internal sealed class Scratch : IDisposable
{
    public Scratch(string name = "2009-10")
    {
        Work = Path.Combine(Path.GetTempPath(), "wcc-process-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Work, "pct", name);
        Out = Path.Combine(Work, "out");
        CopyInto(Path.Combine(Wcc.Root, "tests", "fixtures", "valid"), Folder);
    }

    public string Work { get; }

    public string Folder { get; }

    public string Out { get; }

    /// <summary>The report folder the valid fixture renders into.</summary>
    public string ReportFolder => Path.Combine(Out, "south-staffordshire-pct-2009-10");

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>
    /// The place of a file as findings name it: the folder as given on the command line, then the file.
    /// </summary>
    public string At(string relative, int line, int column) => $"{Folder}/{relative}:{line}:{column}";

    public void Write(string relative, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), content);
    }

    public void Replace(string relative, string from, string to)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(from, text);
        File.WriteAllText(PathOf(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Gives measure a of competency 1 these extra YAML lines; returns the line number of the first.</summary>
    public int MeasureA(params string[] lines)
    {
        const string measure = "  a:\n    evidence: []\n";
        var text = File.ReadAllText(PathOf("competencies/c01.yaml"));
        var at = text.IndexOf(measure, StringComparison.Ordinal);
        Assert.True(at >= 0);
        File.WriteAllText(
            PathOf("competencies/c01.yaml"),
            text[..at]
                + "  a:\n"
                + string.Concat(lines.Select(l => "    " + l + "\n"))
                + "    evidence: []\n"
                + text[(at + measure.Length)..]
        );
        return text[..at].Count(c => c == '\n') + 2;
    }

    /// <summary>
    /// Writes a rationale for measure a of competency 1 as a JSON string (a valid YAML double-quoted scalar).
    /// </summary>
    public string Rationale(string text)
    {
        var line = MeasureA("rationale: " + JsonSerializer.Serialize(text, Json));
        return At("competencies/c01.yaml", line, 16);
    }

    /// <summary>Declares a source with this id in assessment.yaml, so narrative can cite it.</summary>
    public void DeclareSource(string id = "plan") =>
        Replace("assessment.yaml", "sources: []", $"sources: [{{id: {id}, title: Strategic plan}}]");

    public void Dispose()
    {
        if (Directory.Exists(Work) && !OperatingSystem.IsWindows())
        {
            // A case may have made a folder unreadable; give it back before deleting. Links are removed, not followed.
            foreach (
                var directory in Directory.EnumerateDirectories(
                    Work,
                    "*",
                    new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        AttributesToSkip = FileAttributes.ReparsePoint,
                    }
                )
            )
            {
                File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
            }
        }

        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }
    }

    /// <summary>Half-written files are left as name.tmp-…; none may remain after any run.</summary>
    public string[] TemporaryFiles() =>
        Directory.GetFileSystemEntries(
            Work,
            "*.tmp-*",
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }
        );

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void CopyInto(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
