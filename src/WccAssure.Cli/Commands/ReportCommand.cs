using WccAssure.Reporting.Output;
using WccAssure.Reporting.Runs;
using WccAssure.Reporting.View;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc report folder… [--out DIR] [--pdf] [--docx] [--templates DIR] [--compare DIR] [--audience panel|author]
/// [--evidence]`: a <see cref="ReportRun"/>.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var batch = new BatchOptions();
        var output = BatchOptions.Out("output folder (one subfolder per report)", "out");
        var pdf = new Option<bool>("--pdf") { Description = "also print each report to PDF with headless Chromium" };
        var docx = new Option<bool>("--docx")
        {
            Description = "also write each report as a Word document (report.docx)",
        };
        var templates = BatchOptions.Templates("folder with report.html.sbn, report.md.sbn and report.css");
        var compare = new Option<string?>("--compare")
        {
            Description = "also write the comparison pack of these assessments to this folder",
        };
        var audience = new Option<string?>("--audience")
        {
            Description =
                "panel: the report a panel issues (no gap to the next level, no findings, no YAML line citations); "
                + "author: every section. Default: panel for a panel assessment, author for a self-assessment "
                + "draft",
        };
        audience.AcceptOnlyFromAmong([.. ReportAudiences.Words]);
        var evidence = new Option<bool>("--evidence")
        {
            Description =
                "list the evidence items under each measure in the panel edition too (the author's edition always "
                + "does)",
        };
        var command = new Command(
            "report",
            "Render panel-style reports: HTML, Markdown, scorecard CSV and optionally PDF and Word"
        )
        {
            batch.Folders,
            output,
            pdf,
            docx,
            templates,
            compare,
            audience,
            evidence,
            batch.DataSet,
            batch.Clusters,
        };
        if (!Handover.RendersHere)
        {
            return command; // the slim wcc hands it over before parsing, and only lists it in its help (Handover)
        }

        command.SetAction(
            async (parsed, _) =>
            {
                var request = new ReportRequest(
                    parsed.GetValue(output)!,
                    parsed.GetValue(compare),
                    parsed.GetValue(pdf),
                    ReportAudiences.Parse(parsed.GetValue(audience))
                )
                {
                    Docx = parsed.GetValue(docx),
                    Evidence = parsed.GetValue(evidence),
                };
                if (request.Problem() is { } problem)
                {
                    return Say.Problem(io, problem);
                }

                // Parsing the templates is independent of the assessments, so it runs while they load.
                var loadingTemplates = Task.Run(() => BatchOptions.LoadTemplates(parsed, templates, io, environment));
                var scored = batch.Evaluate(parsed, io, environment);
                if (scored is null || await loadingTemplates.ConfigureAwait(false) is not { } parsedTemplates)
                {
                    return ExitCodes.InvalidInput;
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                var run = new ReportRun(parsedTemplates, environment);
                var count = scored.Scores.Count;
                var (rendered, written) = await WriteProgress
                    .ShowAsync(count, request.Pdf, async (printed, wrote) =>
                    {
                        var rendered = await run.RenderAsync(scored.Scores, request, scored.Benchmarks, printed)
                            .ConfigureAwait(false);
                        return (rendered, ReportRun.Write(rendered.Folders, wrote, environment.Timings));
                    })
                    .ConfigureAwait(false);

                // Only on a terminal, like the bars: the time would make redirected output differ from run to run.
                var pdfs = rendered.Folders.Count(f => f.Files.Any(o => o.Name == OutputNames.ReportPdf));
                if (request.Pdf && WriteProgress.Shown(count))
                {
                    io.Error.WriteLine(WriteProgress.PrintedSummary(pdfs, clock.Elapsed));
                }
                return Say.ExitCode(scored, io, Say.Written(written, rendered, io));
            }
        );
        return command;
    }
}
