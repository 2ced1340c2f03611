using WccAssure.Core.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc score folder… [--format text|json]`: the scores of the assessments that could be scored; exit 1 when any could not.</summary>
internal static class ScoreCommand
{
    public static Command Create(CommandIo io)
    {
        var batch = new BatchOptions();
        var format = new Option<string>("--format") { Description = "text (tables) or json (the documented contract)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = batch.Add(new Command("score", "Score assessments: evidenced levels, ratings, outcomes, counts and gaps") { batch.Folders, format });
        command.SetAction(parsed =>
        {
            if (batch.Evaluate(parsed, io) is not { } scored)
            {
                return ExitCodes.InvalidInput;
            }

            if (parsed.GetValue(format) == "json")
            {
                io.Output.Write(ScoreJson.Write(scored.Scores));
            }
            else
            {
                ScoreTables.Write(scored.Scores, io.Output);
            }

            return Say.ExitCode(scored, io);
        });
        return command;
    }
}
