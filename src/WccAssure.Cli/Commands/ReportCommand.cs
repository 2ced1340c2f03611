using System.CommandLine;
using Spectre.Console;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.Runs;
using WccAssure.Reporting.View;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc report folder… [--out DIR] [--pdf] [--templates DIR] [--compare DIR] [--audience panel|author]`. Everything is rendered in memory
/// first, then each output folder is replaced as a whole; an assessment that fails is named and the others are written.
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
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, new ReportRequest(parsed.GetValue(output)!, parsed.GetValue(compare), parsed.GetValue(pdf), ReportAudiences.Parse(parsed.GetValue(audience))), parsed.GetValue(templates), benchmarks, io));
        return command;
    }

    private static int Run(ParseResult parsed, string[] folders, ReportRequest request, string? templatesDirectory, BenchmarkOptions benchmarks, CommandIo io)
    {
        if (request.Problem() is { } problem)
        {
            io.Error.WriteLine($"wcc: {problem}");
            return ExitCodes.Usage;
        }

        // Parsing the templates is independent of the assessments, so it runs while they load.
        var loadingTemplates = Task.Run(() => Seeds.Templates(templatesDirectory, io));
        if (Seeds.Evaluate(parsed, folders, benchmarks, io) is not { } batch || loadingTemplates.GetAwaiter().GetResult() is not { } templates)
        {
            return ExitCodes.InvalidInput;
        }

        var rendered = new ReportRun(templates).RenderAsync(batch.Scores, request, batch.Benchmarks).GetAwaiter().GetResult();
        var written = WithProgress(rendered.Folders.Count, advance => ReportRun.Write(rendered.Folders, advance));
        return Seeds.ExitCode(batch, io, Seeds.Report(written, rendered, io));
    }

    /// <summary>A progress bar for batches on an interactive terminal; silent otherwise so output stays diffable.</summary>
    private static T WithProgress<T>(int count, Func<Action, T> work) =>
        count < 5 || Console.IsOutputRedirected || Console.IsErrorRedirected
            ? work(() => { })
            : AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask("Writing reports", maxValue: count);
                return work(() => task.Increment(1));
            });
}
