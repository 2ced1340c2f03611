namespace WccAssure.Cli.Tests.Processes;

/// <summary>The check of a broken assessment, made through every command that reads one.</summary>
internal static class Refusal
{
    /// <summary>
    /// validate, score (text and JSON), report and compare must each exit 1 in an orderly way and name the place;
    /// report and compare must leave nothing behind, not even a half-written file. The runs are independent
    /// processes, so they run side by side.
    /// </summary>
    public static void AssertEveryCommandRefuses(
        Scratch scratch,
        string location,
        string message,
        bool allCommands = true
    )
    {
        var runs = new List<Func<ProcessResult>>
        {
            () => WccProcess.Run("validate", scratch.Folder),
            () => WccProcess.Run("report", scratch.Folder, "--out", scratch.Out),
        };
        if (allCommands)
        {
            runs.Add(() => WccProcess.Run("score", scratch.Folder));
            runs.Add(() => WccProcess.Run("score", scratch.Folder, "--format", "json"));
            runs.Add(() => WccProcess.Run("compare", scratch.Folder, "--out", Path.Combine(scratch.Work, "compare")));
        }

        var results = runs.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(run => run()).ToList();
        foreach (var result in results)
        {
            result.AssertExit(1).AssertFinding(location, message).AssertOnlyFindingsOnError();
        }

        Assert.False(
            Directory.Exists(scratch.Out) && Directory.EnumerateFileSystemEntries(scratch.Out).Any(),
            "report wrote output for invalid input"
        );
        Assert.False(Directory.Exists(Path.Combine(scratch.Work, "compare")), "compare wrote output for invalid input");
        Assert.Empty(scratch.TemporaryFiles());
    }
}
