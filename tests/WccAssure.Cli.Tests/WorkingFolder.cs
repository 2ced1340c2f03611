using System.Runtime.CompilerServices;

namespace WccAssure.Cli.Tests;

/// <summary>
/// The tests name assessment folders relatively, as a user types them, and only the operating system resolves those
/// against the working folder. It is set once, to the repository root, before any test runs, and never changed: so
/// no test waits on another for it and every in-process run sees the same folder.
/// </summary>
internal static class WorkingFolder
{
#pragma warning disable CA2255 // a test assembly is run, not referenced: its initializer is the runner's start-up
    [ModuleInitializer]
    internal static void AtRepositoryRoot() => Directory.SetCurrentDirectory(Testing.RepositoryRoot.Path);
#pragma warning restore CA2255
}
