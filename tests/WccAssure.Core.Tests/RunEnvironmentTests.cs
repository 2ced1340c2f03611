using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;

namespace WccAssure.Core.Tests;

/// <summary>
/// A run's inputs are explicit (issue 23): only the program's entry point reads the process's environment variables
/// and working folder, and builds the <see cref="RunEnvironment"/> the libraries are handed.
/// </summary>
public class RunEnvironmentTests
{
    private static readonly string[] ProcessState =
    [
        "Environment.GetEnvironmentVariable",
        "Environment.CurrentDirectory",
        "Directory.GetCurrentDirectory",
        "Directory.SetCurrentDirectory",
    ];

    [Fact]
    public void Core_reporting_and_preview_never_read_the_process_environment_or_working_folder()
    {
        var sources = new[] { "WccAssure.Core", "WccAssure.Reporting", "WccAssure.Preview" }
            .SelectMany(p => Directory.EnumerateFiles(Repo.Path("src", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(step => step is "bin" or "obj"))
            .ToList();
        var found = sources
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => ProcessState.Any(call => l.line.Contains(call, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(Repo.Root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(sources.Count > 100, "the library sources were not found");
        Assert.True(
            found.Count == 0,
            "read it in the CLI's Program.cs and pass it in a RunEnvironment:\n" + string.Join("\n", found)
        );
    }

    [Fact]
    public void Seeds_the_user_named_are_used_as_named_without_looking_anywhere()
    {
        Assert.Equal("/nowhere/seeds", SeedLibrary.Find("/nowhere/seeds", Repo.Root));
    }

    [Fact]
    public void Seeds_are_found_in_a_start_folder_or_above_it_and_the_first_start_folder_wins()
    {
        var below = Repo.Path("assessments", "trafford");
        var outside = Path.Combine(Path.GetTempPath(), "wcc-no-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            Assert.Equal(Repo.Path("seeds"), SeedLibrary.Find(null, below));
            Assert.Equal(Repo.Path("seeds"), SeedLibrary.Find("", outside, below));
            Assert.Null(SeedLibrary.Find(null, outside));
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public void Templates_are_beside_the_seeds_or_in_the_working_folder_without_them()
    {
        Assert.Equal(Repo.Path("templates"), RunEnvironment.TemplatesBeside(Repo.Path("seeds"), "/elsewhere"));
        Assert.Equal(Repo.Path("templates"), RunEnvironment.TemplatesBeside("seeds", Repo.Root));
        Assert.Equal(Repo.Path("templates"), RunEnvironment.TemplatesBeside(null, Repo.Root));
    }
}
