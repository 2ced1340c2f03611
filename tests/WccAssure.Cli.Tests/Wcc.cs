using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Tests;

/// <summary>Runs the `wcc` command in-process with captured output, from the repository root.</summary>
internal static class Wcc
{
    public static readonly string Root = Testing.RepositoryRoot.Path;

    public static (int Code, string Output, string Error) Run(params string[] args) =>
        RunIn(Testing.TestRuns.InRepository(), args);

    /// <summary>
    /// The run is handed its environment, as the program's entry point hands it one. The working folder is still
    /// set (under a lock) because the assessment paths the tests name are relative, as a user types them, and only
    /// the operating system resolves those.
    /// </summary>
    public static (int Code, string Output, string Error) RunIn(RunEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        lock (Gate)
        {
            Directory.SetCurrentDirectory(Root);
            try
            {
                var code = WccApp.Run(args, environment, output, error);
                return (code, output.ToString(), error.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    private static readonly object Gate = new();
}
