using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Tests;

/// <summary>Runs the `wcc` command in-process with captured output, from the repository root.</summary>
internal static class Wcc
{
    public static readonly string Root = Testing.RepositoryRoot.Path;

    public static (int Code, string Output, string Error) Run(params string[] args) =>
        RunIn(Testing.TestRuns.InRepository(), args);

    /// <summary>
    /// The run is handed its environment, as the program's entry point hands it one; relative paths resolve against
    /// the repository root, the working folder set once for the whole assembly (<see cref="WorkingFolder"/>).
    /// </summary>
    public static (int Code, string Output, string Error) RunIn(RunEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = WccApp.Run(args, environment, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
