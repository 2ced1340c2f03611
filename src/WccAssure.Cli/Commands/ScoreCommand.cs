using System.CommandLine;
using WccAssure.Core.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc score folder… [--format text|json]`: the scores of the assessments that could be scored; exit 1 when any could not.</summary>
internal static class ScoreCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders" };
        var format = new Option<string>("--format") { Description = "text (tables) or json (the documented contract)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("score", "Score assessments: evidenced levels, ratings, outcomes, counts and gaps") { folders, format };
        var benchmarks = new BenchmarkOptions();
        benchmarks.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, parsed.GetValue(format)!, benchmarks, io));
        return command;
    }

    private static int Run(ParseResult parsed, string[] folders, string format, BenchmarkOptions benchmarks, CommandIo io)
    {
        if (Seeds.Evaluate(parsed, folders, benchmarks, io) is not { } batch)
        {
            return ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            io.Output.Write(ScoreJson.Write(batch.Scores));
        }
        else
        {
            ScoreTables.Write(batch.Scores, io.Output);
        }

        return Seeds.ExitCode(batch, io);
    }
}
