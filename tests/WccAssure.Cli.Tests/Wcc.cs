namespace WccAssure.Cli.Tests;

/// <summary>Runs the `wcc` command in-process with captured output, from the repository root.</summary>
internal static class Wcc
{
    public static readonly string Root = Testing.RepositoryRoot.Path;

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        lock (Gate)
        {
            Directory.SetCurrentDirectory(Root);
            try
            {
                var code = WccApp.Run(args, output, error);
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
