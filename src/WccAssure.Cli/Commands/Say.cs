using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Text;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>
/// How every command prints: findings and lines as they are, problems as `wcc: …`, and which exit code a batch earns.
/// </summary>
internal static class Say
{
    public static void Lines<T>(IEnumerable<T> lines, TextWriter writer)
        where T : notnull
    {
        foreach (var line in lines)
        {
            writer.WriteLine(VisibleText.ShortenQuoted(line.ToString() ?? ""));
        }
    }

    /// <summary>
    /// Prints a problem the user can act on (if there is one) and returns <paramref name="code"/>: by default bad
    /// usage.
    /// </summary>
    public static int Problem(CommandIo io, string? problem, int code = ExitCodes.Usage)
    {
        Lines(problem is null ? [] : new[] { $"wcc: {problem}" }, io.Error);
        return code;
    }

    /// <summary>
    /// The seeds, with any damage to the register named (its good rows are still used); null when there are none.
    /// </summary>
    public static SeedLibrary? Seeds(CommandIo io, RunEnvironment environment)
    {
        var seeds = environment.Seeds;
        Lines(seeds?.RegisterFindings ?? [], io.Error);
        Problem(io, seeds is null ? SeedLibrary.NotFound : null);
        return seeds;
    }

    /// <summary>
    /// Runs <paramref name="command"/> with the seeds; without them there is nothing to check against (exit 1).
    /// </summary>
    public static int WithSeeds(CommandIo io, RunEnvironment environment, Func<SeedLibrary, int> command) =>
        Seeds(io, environment) is { } seeds ? command(seeds) : ExitCodes.InvalidInput;

    /// <summary>
    /// Makes a folder a command planned, or says why it cannot be made (bad usage: the user chose the name).
    /// </summary>
    public static int Make(CommandIo io, (IFolderPlan? Plan, string? Problem) planned)
    {
        planned.Plan?.Write();
        Lines(planned.Plan is { } plan ? [plan.Summary] : Array.Empty<string>(), io.Output);
        return Problem(io, planned.Problem, planned.Plan is null ? ExitCodes.Usage : ExitCodes.Success);
    }

    /// <summary>
    /// Prints the folders a run wrote, a pack's notes before them and its brief after (compare's and report's pack
    /// alike), and every problem; false when there was any.
    /// </summary>
    public static bool Written(WrittenFolders written, RenderedBatch? rendered, CommandIo io, PackOutcome? pack = null)
    {
        pack ??= rendered?.Pack;
        Lines(pack?.Notes ?? [], io.Output);
        Lines(written.Written, io.Output);
        Lines(rendered?.TemplateErrors ?? [], io.Error);
        Lines(written.Problems.Concat(rendered?.Problems ?? []).Select(p => $"wcc: {p}"), io.Error);
        Lines(pack?.Brief ?? [], io.Output);
        return written.Problems.Count == 0 && rendered?.Complete != false;
    }

    /// <summary>
    /// Exit 1 when any assessment of the batch failed (named last) or when what else was asked for failed.
    /// </summary>
    public static int ExitCode(AssessmentBatch batch, CommandIo io, bool othersOk = true)
    {
        return Problem(
            io,
            batch.FailureSummary,
            batch.AnyFailed || !othersOk ? ExitCodes.InvalidInput : ExitCodes.Success
        );
    }
}
