using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Commands;

/// <summary>What every command that reads assessments shares: the seeds, the engine's batch, and how findings and failures are printed.</summary>
internal static class Seeds
{
    public static SeedLibrary? Open(CommandIo io)
    {
        var directory = SeedLibrary.Locate();
        if (directory is null)
        {
            io.Error.WriteLine("wcc: cannot find the seeds/ folder (frameworks and organisation register); set WCC_SEEDS to its path");
            return null;
        }

        return new SeedLibrary(directory);
    }

    /// <summary>Evaluates the folders and prints their findings (only the failed ones' when quiet); null when seeds or benchmarks are unusable.</summary>
    public static AssessmentBatch? Evaluate(System.CommandLine.ParseResult parsed, string[] folders, BenchmarkOptions benchmarks, CommandIo io, bool quiet = false)
    {
        if (Open(io) is not { } seeds)
        {
            return null;
        }

        var engine = new AssessmentEngine(seeds);
        if (!benchmarks.Load(parsed, engine, io, out var table))
        {
            return null;
        }

        var batch = engine.EvaluateBatch(folders, table);
        Print(batch.Evaluations.Where(e => !quiet || e.Failed).SelectMany(e => e.Findings), io.Error);
        StageTimer.Mark("load, validate, score");
        return batch;
    }

    public static void Print(IEnumerable<Finding> findings, TextWriter writer)
    {
        foreach (var finding in findings)
        {
            writer.WriteLine(finding.ToString());
        }
    }

    /// <summary>Names the assessments that failed, after the others' outputs; exit 1 when any did.</summary>
    public static int ExitCode(AssessmentBatch batch, CommandIo io, bool othersOk = true)
    {
        if (batch.AnyFailed)
        {
            io.Error.WriteLine($"wcc: {batch.Failures.Count} of {batch.Evaluations.Count} assessment(s) could not be scored (findings above): {string.Join(", ", batch.Failures.Select(f => f.Folder))}");
        }

        return batch.AnyFailed || !othersOk ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
