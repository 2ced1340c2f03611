using System.Diagnostics;

namespace WccAssure.Core.Diagnostics;

/// <summary>With WCC_TIMINGS=1, prints how long each stage of a run took (to standard error), for the benchmark notes in README.</summary>
public static class StageTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("WCC_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static double last;

    public static void Mark(string stage)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.Elapsed.TotalMilliseconds;

        // The assemblies loaded so far: a cold start is mostly loading, so a command should load only what it uses.
        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Length;
        // Allocation and collector pauses so far: on two cores a collection stops every rendering thread.
        var allocated = GC.GetTotalAllocatedBytes() / (1024 * 1024);
        var pauses = GC.GetTotalPauseDuration().TotalMilliseconds;
        var processor = Environment.CpuUsage.TotalTime.TotalMilliseconds;
        Console.Error.WriteLine($"[timing] {stage,-28} {now - last,7:0} ms (at {now:0} ms since start, {processor:0} ms processor, {assemblies} assemblies, " +
            $"{allocated:N0} MB allocated, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections, {pauses:0} ms paused, " +
            $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms)");
        if (Environment.GetEnvironmentVariable("WCC_TIMINGS_ASSEMBLIES") == "1")
        {
            Console.Error.WriteLine("[timing]   " + string.Join(", ", AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal)));
        }

        last = now;
    }
}
