using System.Diagnostics;
using System.Runtime.InteropServices;

namespace WccAssure.Benchmarks;

/// <summary>
/// The author's cold start: `wcc validate` of one assessment as a whole process, start-up included, the way an
/// editor's save hook or a person at a prompt runs it. Wall time on a shared machine varies with the other load,
/// so the best and the median of many runs are printed with the processor time the process itself used.
/// </summary>
internal static class ColdStart
{
    public const double TargetMs = 150;

    public static void Run(string wcc, string root, int runs = 15)
    {
        var folder = Path.Combine(root, "assessments", "south-staffordshire", "2009-10");
        Measure(wcc, ["--help"], "process start (wcc --help)", runs, root);
        var best = Measure(wcc, ["validate", folder], "validate one assessment", runs, root);
        Measure(wcc, ["validate", Path.Combine(folder, "competencies", "c01.yaml")], "validate one file of it", runs, root);
        Console.WriteLine($"  target: validate of one assessment under {TargetMs:0} ms wall — {(best < TargetMs ? "met" : "NOT met")} (best run)");
    }

    private static double Measure(string wcc, string[] args, string name, int runs, string directory)
    {
        var walls = new List<double>();
        var processor = new List<double>();
        for (var i = 0; i < runs + 1; i++)
        {
            var (wall, cpu) = Once(wcc, args, directory);
            if (i > 0)
            {
                // The first run warms the file cache, as the person's own first run of the day did long ago.
                walls.Add(wall);
                processor.Add(cpu);
            }
        }

        walls.Sort();
        processor.Sort();
        Console.WriteLine($"  {name,-44} best {walls[0],6:0} ms, median {walls[walls.Count / 2],6:0} ms wall; median {processor[processor.Count / 2],4:0} ms processor");
        return walls[0];
    }

    private static (double WallMs, double ProcessorMs) Once(string wcc, string[] args, string directory)
    {
        var start = new ProcessStartInfo(wcc) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        args.ToList().ForEach(start.ArgumentList.Add);
        var before = ChildrenProcessorMs();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{wcc} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }

        return (wall, ChildrenProcessorMs() - before);
    }

    /// <summary>User and system time of the finished child processes (getrusage): an exited process's own counters are gone on Linux.</summary>
    private static double ChildrenProcessorMs()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0)
        {
            return double.NaN;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
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
