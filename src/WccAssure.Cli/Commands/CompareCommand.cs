using System.CommandLine;
using WccAssure.Core.Comparison;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc compare folder… [--year Y] [--sha NAME] [--out DIR] [--benchmarks FILE] [--clusters FILE]`: the SHA pack, written as a whole.</summary>
internal static class CompareCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders (e.g. assessments/*/* synthetic/*/*)" };
        var year = new Option<string?>("--year") { Description = "assessment year to compare (default: the latest present)" };
        var sha = new Option<string?>("--sha") { Description = "only organisations of this strategic health authority" };
        var output = new Option<string>("--out") { Description = "output folder", DefaultValueFactory = _ => "out/compare" };
        var templates = new Option<string?>("--templates") { Description = "folder with compare.html.sbn and report.css" };
        var benchmarks = new BenchmarkOptions();
        var command = new Command("compare", "Compare many assessments: league table, heatmap, governance matrix, calibration, movement, outcome benchmarks")
        {
            folders, year, sha, output, templates,
        };
        benchmarks.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, (parsed.GetValue(year), parsed.GetValue(sha)), parsed.GetValue(output)!, parsed.GetValue(templates), benchmarks, io));
        return command;
    }

    private static int Run(ParseResult parsed, string[] folders, (string? Year, string? Sha) only, string output, string? templatesDirectory, BenchmarkOptions benchmarks, CommandIo io)
    {
        if (Seeds.Templates(templatesDirectory, io) is not { } templates || Seeds.Evaluate(parsed, folders, benchmarks, io, quiet: true) is not { } batch)
        {
            return ExitCodes.InvalidInput;
        }

        // When no assessment could be scored, an empty pack would replace the last good one with nothing.
        if (batch.Scores.Count == 0)
        {
            return Seeds.ExitCode(batch, io);
        }

        if (ComparisonBuilder.NoMatch(batch.Scores, only.Year, only.Sha) is { } problem)
        {
            io.Error.WriteLine($"wcc: {problem}");
            return ExitCodes.Usage;
        }

        var (pack, error) = new ReportRun(templates).RenderPack(batch.Scores, only.Year, only.Sha, batch.Benchmarks, output);
        Seeds.Print(error is null ? [] : new[] { error }, io.Error);
        return pack is null ? ExitCodes.InvalidInput : Seeds.ExitCode(batch, io, Seeds.Report(ReportRun.Write([pack]), null, io));
    }
}
