namespace WccAssure.Core.Tests;

/// <summary>
/// Lines are at most 120 characters (issue 23), so a file reads in one column beside another. CSharpier lays out
/// the code at that width and CI checks its layout (`dotnet csharpier check .` in .ci/run); what a formatter cannot
/// break, comments and long string literals, this test holds to the same limit.
/// </summary>
public class LineLengthTests
{
    private const int Limit = 120;

    [Fact]
    public void No_line_of_the_csharp_sources_is_over_120_characters()
    {
        var files = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Repo.Path(folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(step => step is "bin" or "obj"))
            .ToList();
        var over = files
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => l.line.Length > Limit)
            .Select(l => $"{Path.GetRelativePath(Repo.Root, l.file)}:{l.number}: {l.line.Length} characters")
            .ToList();

        Assert.True(files.Count > 300, "the sources were not found");
        Assert.True(over.Count == 0, $"{over.Count} lines over {Limit} characters:\n" + string.Join("\n", over));
    }
}
