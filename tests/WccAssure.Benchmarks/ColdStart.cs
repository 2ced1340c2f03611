namespace WccAssure.Benchmarks;

/// <summary>
/// The author's cold start: `wcc validate` of one assessment as a whole process, start-up included, the way an
/// editor's save hook or a person at a prompt runs it. Wall time on a shared machine varies with the other load,
/// so the best and the median of many runs are printed with the processor time and page faults of the process
/// itself, beside the machine's yardstick (<see cref="Yardstick"/>) measured in the same moment.
/// </summary>
internal static class ColdStart
{
    public const double HelpTargetMs = 15;
    public const double ValidateTargetMs = 40;

    public static Yardstick Run(string wcc, string root, int runs = 15)
    {
        var folder = Path.Combine(root, "assessments", "south-staffordshire", "2009-10");
        var stick = Yardstick.Measure(root, runs);
        Measure(wcc, ["--help"], "process start (wcc --help)", HelpTargetMs, runs, root, stick);
        Measure(wcc, ["validate", folder], "validate one assessment", ValidateTargetMs, runs, root, stick);
        var oneFile = Path.Combine(folder, "competencies", "c01.yaml");
        Measure(wcc, ["validate", oneFile], "validate one file of it", ValidateTargetMs, runs, root, stick);
        return stick;
    }

    /// <summary>
    /// Best and median of <paramref name="runs"/> runs; one more runs first to warm the file cache, as the day's first
    /// run did long ago.
    /// </summary>
    public static (ChildUsage Best, ChildUsage Median) Measure(
        string wcc,
        string[] args,
        string name,
        double targetMs,
        int runs,
        string directory,
        Yardstick stick
    )
    {
        var usages = Enumerable.Range(0, runs + 1).Select(_ => ChildUsage.Run(wcc, args, directory)).Skip(1).ToList();
        var best = usages.MinBy(u => u.WallMs);
        var median = ChildUsage.Median(usages);
        Yardstick.Report(name, best, median, targetMs, stick);
        return (best, median);
    }
}
