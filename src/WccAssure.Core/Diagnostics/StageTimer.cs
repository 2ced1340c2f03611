using System.Diagnostics;

namespace WccAssure.Core.Diagnostics;

/// <summary>
/// Prints how long each stage of a run took to <paramref name="sink"/>, for the benchmark notes in README; also the
/// assemblies loaded when <paramref name="assemblies"/>. A run without one (the usual case) marks nothing.
/// </summary>
public sealed class StageTimer(TextWriter sink, bool assemblies = false)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private double last;

    /// <summary>
    /// Prints the time since the previous mark (or the start) under <paramref name="stage"/>'s name, with what the
    /// runtime has loaded, allocated and compiled so far.
    /// </summary>
    public void Mark(string stage)
    {
        var now = clock.Elapsed.TotalMilliseconds;

        // The assemblies loaded so far: a cold start is mostly loading, so a command should load only what it uses.
        var loaded = AppDomain.CurrentDomain.GetAssemblies();
        // Allocation and collector pauses so far: on two cores a collection stops every rendering thread.
        var allocated = GC.GetTotalAllocatedBytes() / (1024 * 1024);
        var pauses = GC.GetTotalPauseDuration().TotalMilliseconds;
        var processor = Environment.CpuUsage.TotalTime.TotalMilliseconds;
        var collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var compiling = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        sink.WriteLine(
            $"[timing] {stage, -28} {now - last, 7:0} ms (at {now:0} ms since start, "
                + $"{processor:0} ms processor, {loaded.Length} assemblies, {allocated:N0} MB allocated, "
                + $"{collections} collections, {pauses:0} ms paused, {compiled} methods compiled in {compiling:0} ms)"
        );
        if (assemblies)
        {
            var names = loaded.Select(a => a.GetName().Name).Order(StringComparer.Ordinal);
            sink.WriteLine("[timing]   " + string.Join(", ", names));
        }

        last = now;
    }
}
