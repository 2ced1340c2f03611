using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;

namespace WccAssure.Testing;

/// <summary>
/// The run environments tests hand to the code under test, instead of setting process-wide variables or folders
/// that every test running alongside would see.
/// </summary>
public static class TestRuns
{
    /// <summary>The Chromium the developer chose for the whole suite, if any; tests read it, never set it.</summary>
    public static string? Chromium { get; } = Environment.GetEnvironmentVariable("WCC_CHROMIUM");

    /// <summary>
    /// `wcc` as run in the repository: its seeds (a fresh library, as each run opens its own) and templates, display
    /// paths shown relative to the repository root, no stage timer.
    /// </summary>
    public static RunEnvironment InRepository() =>
        new(
            new SeedLibrary(Path.Combine(RepositoryRoot.Path, "seeds")),
            Path.Combine(RepositoryRoot.Path, "templates"),
            Chromium,
            RepositoryRoot.Path
        );
}
