using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc compare folder… [--year Y] [--sha NAME] [--out DIR] [--benchmarks FILE] [--clusters FILE]`: the SHA pack, written as a whole.</summary>
internal static class CompareCommand
{
    public static Command Create(CommandIo io)
    {
        var batch = new BatchOptions("assessment folders (e.g. assessments/*/* synthetic/*/*)", shippedDataSet: true);
        var year = new Option<string?>("--year") { Description = "assessment year to compare (default: the latest present)" };
        var sha = new Option<string?>("--sha") { Description = "only organisations of this strategic health authority" };
        var output = BatchOptions.Out("output folder", "out/compare");
        var templates = BatchOptions.Templates("folder with compare.html.sbn and report.css");
        var command = new Command("compare", "Compare many assessments: league table, heatmap, governance matrix, calibration, movement, outcome benchmarks")
        {
            batch.Folders, year, sha, output, templates, batch.DataSet, batch.Clusters,
        };
        command.SetAction(parsed =>
        {
            if (BatchOptions.LoadTemplates(parsed, templates, io) is not { } parsedTemplates || batch.Evaluate(parsed, io, quiet: true) is not { } scored)
            {
                return ExitCodes.InvalidInput;
            }

            // When no assessment could be scored, an empty pack would replace the last good one with nothing.
            if (scored.Scores.Count == 0)
            {
                return Say.ExitCode(scored, io);
            }

            var pack = new PackRequest(parsed.GetValue(year), parsed.GetValue(sha), parsed.GetValue(output)!).Render(scored.Scores, scored.Benchmarks, parsedTemplates);
            Say.Lines(pack.Errors, io.Error);
            Say.Lines(pack.Notes, io.Output);
            if (pack.Folder is null)
            {
                // A year or SHA that no assessment has is bad usage; two folders for one row or a template error, bad input.
                return Say.Problem(io, pack.Problem, pack.Problem is null ? ExitCodes.InvalidInput : ExitCodes.Usage);
            }

            var written = Say.Written(ReportRun.Write([pack.Folder]), null, io);
            Say.Lines(pack.Brief, io.Output);
            return Say.ExitCode(scored, io, written);
        });
        return command;
    }
}
