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
        Console.Error.WriteLine($"[timing] {stage,-28} {now - last,7:0} ms (at {now:0} ms since start)");
        last = now;
    }
}
