using WccAssure.Core.Contracts;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc score folder… [--format text|json]`: the scores of the assessments that could be scored; exit 1 when any could
/// not.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var batch = new BatchOptions();
        // Lambdas, not method groups, so that `wcc --help` builds this command without loading the report code.
        var formats = new Dictionary<string, Action<AssessmentBatch, TextWriter>>
        {
            ["text"] = (b, w) => ScoreTables.Write(b.Scores, w),
            ["json"] = (b, w) => w.Write(ScoreJson.Write(b.Scores)),
        };
        var format = new Option<string>("--format")
        {
            Description = "text (tables) or json (the documented contract)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. formats.Keys]);
        var command = new Command("score", "Score assessments: evidenced levels, ratings, outcomes, counts and gaps")
        {
            batch.Folders,
            format,
            batch.DataSet,
            batch.Clusters,
        };
        command.SetAction(parsed =>
        {
            if (batch.Evaluate(parsed, io, environment) is not { } scored)
            {
                return ExitCodes.InvalidInput;
            }

            formats[parsed.GetValue(format)!](scored, io.Output);
            return Say.ExitCode(scored, io);
        });
        return command;
    }
}
