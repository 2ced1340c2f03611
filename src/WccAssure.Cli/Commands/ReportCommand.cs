using System.CommandLine;
using Spectre.Console;
using WccAssure.Core.Output;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.View;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc report folder… [--out DIR] [--pdf] [--templates DIR]`. Everything is validated and rendered in memory
/// first, so bad input or a broken template writes nothing; files are then written atomically.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders" };
        var output = new Option<string>("--out") { Description = "output folder (one subfolder per report)", DefaultValueFactory = _ => "out" };
        var pdf = new Option<bool>("--pdf") { Description = "also print each report to PDF with headless Chromium" };
        var templates = new Option<string?>("--templates") { Description = "folder with report.html.sbn, report.md.sbn and report.css" };
        var compare = new Option<string?>("--compare") { Description = "also write the comparison pack of these assessments to this folder" };
        var audience = new Option<string?>("--audience")
        {
            Description = "panel: the report a panel issues (no gap to the next level, no findings, no YAML line citations); author: every section. Default: panel for a panel assessment, author for a self-assessment draft",
        };
        audience.AcceptOnlyFromAmong([.. ReportAudiences.Words]);
        var command = new Command("report", "Render panel-style reports: HTML, Markdown, scorecard CSV and optionally PDF") { folders, output, pdf, templates, compare, audience };
        var benchmarks = new BenchmarkOptions();
        benchmarks.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, new Destinations(parsed.GetValue(output)!, parsed.GetValue(compare), parsed.GetValue(pdf), ReportAudiences.Parse(parsed.GetValue(audience))), parsed.GetValue(templates), benchmarks, io));
        return command;
    }

    /// <summary>Where a report run writes: the reports, optionally the comparison pack, and whether to print PDFs.</summary>
    private sealed record Destinations(string Reports, string? Compare, bool Pdf, ReportAudience? Audience);

    private static int Run(ParseResult parsed, string[] folders, Destinations to, string? templatesDirectory, BenchmarkOptions benchmarkOptions, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        // Parsing the templates is independent of the assessments, so it runs while they load.
        var directory = templatesDirectory ?? DefaultTemplates(seeds);
        var loadingTemplates = Task.Run(() => ReportTemplates.Load(directory));
        var (benchmarks, ok) = benchmarkOptions.Load(parsed, seeds, io);
        if (!ok)
        {
            return ExitCodes.InvalidInput;
        }

        var (scores, failed) = ScoreCommand.ScoreAll(folders, seeds, io, benchmarks);
        var (templates, templateErrors) = loadingTemplates.GetAwaiter().GetResult();
        StageTimer.Mark("templates, load, validate, score");
        if (templates is null)
        {
            templateErrors.ToList().ForEach(e => io.Error.WriteLine(e.ToString()));
            return ExitCodes.InvalidInput;
        }

        if (failed)
        {
            return ExitCodes.InvalidInput;
        }

        var rendered = scores.AsParallel().AsOrdered().Select(score => RenderedReport.Render(score, templates, to.Audience)).ToList();
        if (rendered.FirstOrDefault(r => r.Error is not null).Error is { } error)
        {
            io.Error.WriteLine(error.ToString());
            return ExitCodes.InvalidInput;
        }

        var reports = rendered.Select(r => r.Report!).ToList();
        StageTimer.Mark("render");

        var pack = to.Compare is null ? null : CompareCommand.RenderPack(scores, null, null, benchmarks, templates, io);
        if (to.Compare is not null && pack is null)
        {
            return ExitCodes.InvalidInput;
        }

        // The pack's spreadsheet is built while the reports are written: one is CPU, the other mostly I/O.
        var packFiles = pack is null ? null : Task.Run(() => CompareCommand.Files(pack));
        Write(reports, to.Reports, io);
        if (pack is not null)
        {
            CompareCommand.Write(pack, packFiles!.GetAwaiter().GetResult(), to.Compare!, io);
        }

        StageTimer.Mark("write");

        return to.Pdf ? PrintPdfs(reports, to.Reports, io) : ExitCodes.Success;
    }

    /// <summary>templates/ sits beside seeds/, in the repository and in a published copy alike.</summary>
    public static string DefaultTemplates(Core.Loading.SeedLibrary seeds) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seeds.Directory))!, "templates");

    private static void Write(IReadOnlyList<RenderedReport> reports, string output, CommandIo io)
    {
        WithProgress(reports.Count, "Writing reports", advance =>
        {
            // Writing hundreds of files is mostly waiting on the file system; two at a time halves the wait.
            Parallel.ForEach(reports, report =>
            {
                foreach (var (file, content) in report.Files())
                {
                    AtomicFile.Write(Path.Combine(output, report.Name, file), content);
                }

                advance();
            });
        });
        foreach (var report in reports)
        {
            io.Output.WriteLine($"{Path.Combine(output, report.Name).Replace('\\', '/')}/: report.html, report.md, scorecard.csv");
        }
    }

    private static int PrintPdfs(IReadOnlyList<RenderedReport> reports, string output, CommandIo io)
    {
        if (PdfPrinter.FindChromium() is not { } chromium)
        {
            io.Error.WriteLine($"wcc: {PdfPrinter.InstallHint}");
            return ExitCodes.InvalidInput;
        }

        try
        {
            PrintAll(reports, output, chromium, io).GetAwaiter().GetResult();
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is PuppeteerSharp.PuppeteerException or IOException or TimeoutException or InvalidOperationException)
        {
            io.Error.WriteLine($"wcc: PDF printing failed: {e.Message}. {PdfPrinter.InstallHint}");
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>Chromium renders pages in separate processes: one page more than there are cores keeps them all busy.</summary>
    private static async Task PrintAll(IReadOnlyList<RenderedReport> reports, string output, string chromium, CommandIo io)
    {
        await using var printer = await PdfPrinter.StartAsync(chromium);
        using var slots = new SemaphoreSlim(Environment.ProcessorCount + 1);
        var paths = await Task.WhenAll(reports.Select(async report =>
        {
            await slots.WaitAsync();
            try
            {
                var path = Path.Combine(output, report.Name, "report.pdf");
                AtomicFile.Write(path, await printer.PrintAsync(report.Html));
                return path;
            }
            finally
            {
                slots.Release();
            }
        }));
        foreach (var path in paths)
        {
            io.Output.WriteLine(path.Replace('\\', '/'));
        }
    }

    /// <summary>A progress bar for batches on an interactive terminal; silent otherwise so output stays diffable.</summary>
    private static void WithProgress(int count, string label, Action<Action> work)
    {
        if (count < 5 || Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            work(() => { });
            return;
        }

        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask(label, maxValue: count);
            work(() => task.Increment(1));
        });
    }
}
