using System.Diagnostics;
using System.Runtime.InteropServices;

namespace WccAssure.Benchmarks;

/// <summary>
/// One whole process timed: wall clock, the processor time it used (user + system) and its minor page faults, read
/// with getrusage over finished children (an exited process's own counters are gone on Linux).
/// </summary>
internal readonly record struct ChildUsage(double WallMs, double ProcessorMs, long PageFaults)
{
    public static ChildUsage Run(string program, IReadOnlyList<string> args, string directory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        args.ToList().ForEach(start.ArgumentList.Add);
        var before = Children();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', args.Take(3))}… exited {process.ExitCode}: "
                    + $"{error.Result}{output.Result}"
            );
        }

        var after = Children();
        return new ChildUsage(wall, after.ProcessorMs - before.ProcessorMs, after.PageFaults - before.PageFaults);
    }

    /// <summary>The median of each figure over several runs (each figure's own median).</summary>
    public static ChildUsage Median(IReadOnlyList<ChildUsage> runs)
    {
        static double Mid(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        return new ChildUsage(
            Mid(runs.Select(r => r.WallMs)),
            Mid(runs.Select(r => r.ProcessorMs)),
            (long)Mid(runs.Select(r => (double)r.PageFaults))
        );
    }

    private static ChildUsage Children()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0)
        {
            return new ChildUsage(0, double.NaN, 0);
        }

        var ms =
            (usage.UserSeconds + usage.SystemSeconds) * 1000.0
            + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
        return new ChildUsage(0, ms, usage.Rest[4]); // ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, then ru_minflt
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out ResourceUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;

        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }
}
