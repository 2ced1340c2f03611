using System.CommandLine;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>What the commands share: the seeds, the engine's batch, the templates, and how findings and failures are printed.</summary>
internal static class Seeds
{
    public static SeedLibrary? Open(CommandIo io)
    {
        if (SeedLibrary.Locate() is { } directory)
        {
            // A damaged register is reported where it is damaged; its good rows are still used.
            var seeds = new SeedLibrary(directory);
            Print(seeds.RegisterFindings, io.Error);
            return seeds;
        }

        io.Error.WriteLine("wcc: cannot find the seeds/ folder (frameworks and organisation register); set WCC_SEEDS to its path");
        return null;
    }

    /// <summary>Evaluates the folders and prints their findings (only the failed ones' when quiet); null when seeds or benchmarks are unusable.</summary>
    public static AssessmentBatch? Evaluate(ParseResult parsed, string[] folders, BenchmarkOptions benchmarks, CommandIo io, bool quiet = false)
    {
        var engine = Open(io) is { } seeds ? new AssessmentEngine(seeds) : null;
        if (engine is null || !benchmarks.Load(parsed, engine, io, out var table))
        {
            return null;
        }

        // An organisation folder or a tree stands for the assessments below it (`wcc compare assessments`).
        var batch = engine.EvaluateBatch(AssessmentFolders.Expand(folders).Select(t => t.Folder).Distinct(StringComparer.Ordinal), table);
        Print(batch.Evaluations.Where(e => !quiet || e.Failed).SelectMany(e => e.Findings), io.Error);
        return batch;
    }

    /// <summary>The parsed templates (by default those beside seeds/), or null with their errors printed.</summary>
    public static ReportTemplates? Templates(string? directory, CommandIo io)
    {
        var (templates, errors) = ReportTemplates.Load(directory ?? ReportRun.DefaultTemplatesDirectory(SeedLibrary.Locate() ?? "seeds"));
        Print(errors, io.Error);
        return templates;
    }

    public static void Print<T>(IEnumerable<T> lines, TextWriter writer)
        where T : notnull
    {
        foreach (var line in lines)
        {
            writer.WriteLine(line.ToString());
        }
    }

    /// <summary>Names the assessments that failed, after the others' outputs (one folder alone is named by its findings); exit 1 when any did.</summary>
    public static int ExitCode(AssessmentBatch batch, CommandIo io, bool othersOk = true)
    {
        if (batch.AnyFailed && batch.Evaluations.Count > 1)
        {
            io.Error.WriteLine($"wcc: {batch.Failures.Count} of {batch.Evaluations.Count} assessment(s) could not be scored (findings above): {string.Join(", ", batch.Failures.Select(f => f.Folder))}");
        }

        return batch.AnyFailed || !othersOk ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    /// <summary>Prints the folders written and every problem; false when there was any.</summary>
    public static bool Report(WrittenFolders written, RenderedBatch? rendered, CommandIo io)
    {
        Print(written.Written, io.Output);
        Print(rendered?.TemplateErrors ?? [], io.Error);
        Print(written.Problems.Concat(rendered?.Problems ?? []).Select(p => $"wcc: {p}"), io.Error);
        return written.Problems.Count == 0 && rendered?.Complete != false;
    }
}
