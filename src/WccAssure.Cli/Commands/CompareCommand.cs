using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc compare folder… [--year Y] [--sha NAME] [--out DIR] [--benchmarks FILE] [--clusters FILE]`: the SHA pack,
/// written as a whole.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var batch = new BatchOptions("assessment folders (e.g. assessments/*/* synthetic/*/*)", shippedDataSet: true);
        var year = new Option<string?>("--year")
        {
            Description = "assessment year to compare (default: the latest present)",
        };
        var sha = new Option<string?>("--sha")
        {
            Description = "only organisations of this strategic health authority",
        };
        var output = BatchOptions.Out("output folder", "out/compare");
        var templates = BatchOptions.Templates("folder with compare.html.sbn and report.css");
        var command = new Command(
            "compare",
            "Compare many assessments: league table, heatmap, governance matrix, calibration, movement, outcome "
                + "benchmarks"
        )
        {
            batch.Folders,
            year,
            sha,
            output,
            templates,
            batch.DataSet,
            batch.Clusters,
        };
        if (!Handover.RendersHere)
        {
            return command; // the slim wcc hands it over before parsing, and only lists it in its help (Handover)
        }

        command.SetAction(parsed =>
        {
            if (
                BatchOptions.LoadTemplates(parsed, templates, io, environment) is not { } parsedTemplates
                || batch.Evaluate(parsed, io, environment, quiet: true) is not { } scored
            )
            {
                return ExitCodes.InvalidInput;
            }

            var request = new PackRequest(parsed.GetValue(year), parsed.GetValue(sha), parsed.GetValue(output)!);
            var pack = (request with { ShownFrom = environment.BaseFolder }).Render(
                scored.Scores,
                scored.Benchmarks,
                parsedTemplates
            );
            Say.Lines(pack.Errors, io.Error);
            if (pack.Problem is not null)
            {
                return Say.Problem(io, pack.Problem); // a year or SHA that no assessment has: bad usage
            }

            if (pack.Folder is null)
            {
                // A template error is bad input; with none, nothing could be scored (the findings say why): the last
                // pack stays as it was.
                return pack.Errors.Count > 0 ? ExitCodes.InvalidInput : Say.ExitCode(scored, io);
            }

            var written = ReportRun.Write([pack.Folder], null, environment.Timings);
            return Say.ExitCode(scored, io, Say.Written(written, null, io, pack));
        });
        return command;
    }
}
