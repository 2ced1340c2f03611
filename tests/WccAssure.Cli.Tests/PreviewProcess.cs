using System.Diagnostics;
using System.Runtime.InteropServices;

namespace WccAssure.Cli.Tests;

/// <summary>
/// `wcc preview` started as a separate process, as an author starts it; killed (with its children) when disposed.
/// </summary>
internal sealed class PreviewProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];

    private PreviewProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>What the preview printed so far: the address line and one line per re-rendering.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>
    /// Starts the wcc built beside the tests, or <paramref name="program"/> (an installed, native wcc) when given.
    /// </summary>
    public static PreviewProcess Start(string folder, TimeSpan limit, string? program = null)
    {
        var start = new ProcessStartInfo(program ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Wcc.Root,
        };
        foreach (
            var argument in (
                program is null ? [Path.Combine(AppContext.BaseDirectory, "wcc.dll")] : Array.Empty<string>()
            ).Concat(["preview", folder, "--port", "0"])
        )
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var preview = (PreviewProcess?)null;
        var early = new List<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                address.TrySetException(
                    new InvalidOperationException("wcc preview ended: " + string.Join('\n', early))
                );
                return;
            }

            lock (early)
            {
                early.Add(e.Data);
                preview?.Add(e.Data);
            }

            var at = e.Data.IndexOf("http://127.0.0.1:", StringComparison.Ordinal);
            if (at >= 0)
            {
                address.TrySetResult(new Uri(e.Data[at..].Split(' ')[0]));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (early)
                {
                    early.Add("stderr: " + e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!address.Task.Wait(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"wcc preview printed no address within {limit.TotalSeconds} s: " + string.Join('\n', early)
            );
        }

        lock (early)
        {
            preview = new PreviewProcess(process, address.Task.Result);
            early.ForEach(preview.Add);
        }

        return preview;
    }

    /// <summary>
    /// Asks the preview to stop as a terminal or a service manager does (SIGTERM); its exit code, or null if it did not
    /// end within the limit.
    /// </summary>
    public int? Terminate(TimeSpan limit)
    {
        _ = Kill(process.Id, 15);
        if (!process.WaitForExit(limit))
        {
            return null;
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    private void Add(string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
