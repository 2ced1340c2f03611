namespace WccAssure.Benchmarks;

/// <summary>
/// The machine's speed at the moment: `python3 -S -c pass` and `/bin/true` timed beside wcc, so a figure can be read
/// as a multiple of what the machine needs to start a small interpreter or nothing at all. `wcc --help` served as the
/// yardstick before it became as fast as what it measured.
/// </summary>
internal sealed class Yardstick
{
    private readonly ChildUsage? python;
    private readonly ChildUsage? nothing;

    private Yardstick(ChildUsage? python, ChildUsage? nothing) => (this.python, this.nothing) = (python, nothing);

    public static Yardstick Measure(string directory, int runs = 15)
    {
        ChildUsage? Of(string program, string[] args) =>
            File.Exists(program)
                ? ChildUsage.Median([
                    .. Enumerable.Range(0, runs + 1).Select(_ => ChildUsage.Run(program, args, directory)).Skip(1),
                ])
                : null;
        var stick = new Yardstick(Of("/usr/bin/python3", ["-S", "-c", "pass"]), Of("/bin/true", []));
        Print("python3 -S -c pass", stick.python);
        Print("/bin/true", stick.nothing);
        return stick;
    }

    /// <summary>How the figure compares: "3.1× python3 wall, 2.0× its processor time".</summary>
    public string Relative(ChildUsage figure) =>
        python is { } p
            ? $"{figure.WallMs / p.WallMs:0.0}× python3's wall, "
                + $"{figure.ProcessorMs / p.ProcessorMs:0.0}× its processor time"
            : "no python3 to compare with";

    /// <summary>Prints one figure with its target (met or not) and beside the yardstick.</summary>
    public static void Report(string name, ChildUsage best, ChildUsage median, double targetMs, Yardstick stick) =>
        Console.WriteLine(
            $"  {name, -44} best {best.WallMs, 7:0.0} ms, median {median.WallMs, 7:0.0} ms wall; "
                + $"median {median.ProcessorMs, 7:0.0} ms processor, {median.PageFaults, 6} page faults\n"
                + $"  {"", -44} target {targetMs:0} ms wall: "
                + $"{(best.WallMs <= targetMs ? "met" : "NOT met")} (best run); "
                + stick.Relative(median)
        );

    private static void Print(string name, ChildUsage? usage) =>
        Console.WriteLine(
            usage is { } u
                ? $"  {name, -44} median {u.WallMs, 7:0.0} ms wall, {u.ProcessorMs, 7:0.0} ms processor, "
                    + $"{u.PageFaults, 6} page faults"
                : $"  {name, -44} not installed"
        );
}
