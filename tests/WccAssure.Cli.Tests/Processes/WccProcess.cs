using System.Diagnostics;
using System.Text;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Runs the built `wcc` as a separate process, exactly as a user or a script does: its own argv, standard output
/// and error, exit code and process death. In-process runs cannot meet a stack overflow (it kills the test host),
/// a full standard output or bytes in argv. Every run has a time limit; a run that exceeds it is killed with its
/// children and the test fails, so a hang is a failure and never a stuck CI job.
/// </summary>
internal static class WccProcess
{
    /// <summary>
    /// Generous for a 2-core CI machine shared with other tests; a hang is usually minutes, not seconds.
    /// </summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The referenced CLI project is built into this test's output folder: the same binary for every case.
    /// </summary>
    private static readonly string Program = Locate();

    public static ProcessResult Run(params string[] args) => Run(new RunOptions(), args);

    public static ProcessResult Run(RunOptions options, params string[] args)
    {
        var start = StartInfo(Program.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : Program, options);
        if (Program.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(Program);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Start(start, options);
    }

    /// <summary>
    /// Runs another program (dotnet, an installed copy of wcc) the same way: captured, in a folder, with a time limit.
    /// </summary>
    public static ProcessResult Other(string file, RunOptions options, params string[] args)
    {
        var start = StartInfo(file, options);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Start(start, options);
    }

    /// <summary>
    /// Both ways of starting wcc capture its three streams as UTF-8 and run in a neutral folder unless told otherwise.
    /// </summary>
    private static ProcessStartInfo StartInfo(string file, RunOptions options) =>
        new(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkingDirectory ?? Path.GetTempPath(),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };

    /// <summary>
    /// Runs a bash script with $WCC set to the program, for what .NET cannot pass as a string: argv bytes that are
    /// not UTF-8, standard output redirected to /dev/full, a different user.
    /// </summary>
    public static ProcessResult Shell(string script, RunOptions? options = null)
    {
        options ??= new RunOptions();
        var start = StartInfo("/bin/bash", options);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["WCC"] = Program.EndsWith(".dll", StringComparison.Ordinal) ? $"dotnet {Program}" : Program;
        return Start(start, options);
    }

    private static ProcessResult Start(ProcessStartInfo start, RunOptions options)
    {
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in options.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wcc");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = options.Limit ?? DefaultLimit;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail(
                $"wcc {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalSeconds:0} s and was "
                    + $"killed\nstdout:\n{Tail(output)}\nstderr:\n{Tail(error)}"
            );
        }

        // A child that wcc left running (a browser) would hold both streams open after wcc itself has exited.
        Assert.True(
            Task.WaitAll([output, error], TimeSpan.FromSeconds(15)),
            $"wcc {string.Join(' ', start.ArgumentList)} exited {process.ExitCode} but something it started still "
                + $"holds its output open"
        );
        return new ProcessResult(
            string.Join(' ', start.ArgumentList),
            process.ExitCode,
            output.GetAwaiter().GetResult(),
            error.GetAwaiter().GetResult(),
            clock.Elapsed
        );
    }

    private static string Tail(Task<string> text) =>
        text.Wait(TimeSpan.FromSeconds(2)) ? text.Result[Math.Max(0, text.Result.Length - 2000)..] : "(not closed)";

    private static string Locate()
    {
        var directory = AppContext.BaseDirectory;
        var apphost = Path.Combine(directory, OperatingSystem.IsWindows() ? "wcc.exe" : "wcc");
        if (File.Exists(apphost))
        {
            return apphost;
        }

        var dll = Path.Combine(directory, "wcc.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"wcc is not built into {directory}");
    }
}

/// <summary>How to run: working folder, environment changes (null removes a variable) and the time limit.</summary>
internal sealed record RunOptions(string? WorkingDirectory = null, TimeSpan? Limit = null)
{
    public Dictionary<string, string?> Environment { get; init; } = [];
}
