using WccAssure.Core.Changes;
using WccAssure.Core.Contracts;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc diff before after [--format text|json]`: what changed between two assessments of one organisation.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var batch = new BatchOptions(
            "the assessment before and the one after, or an organisation folder holding two years"
        );
        var format = new Option<string>("--format")
        {
            Description = "text or json (the documented contract)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "diff",
            "What changed between two assessments of one organisation: ratings, levels, scores, evidence, judgements"
        )
        {
            batch.Folders,
            format,
        };
        command.SetAction(parsed =>
        {
            if (DiffPaths.SameFolder(parsed.GetValue(batch.Folders)!) is { } same)
            {
                return Say.Problem(io, same);
            }

            if (batch.Evaluate(parsed, io, environment, versions: true) is not { AnyFailed: false } scored)
            {
                return ExitCodes.InvalidInput;
            }

            var (changes, problem) = AssessmentChanges.Between(scored.Scores);
            io.Output.Write(
                changes is null ? ""
                : parsed.GetValue(format) == "json" ? ChangesJson.Write(changes)
                : ChangesText.Write(changes)
            );
            return Say.Problem(io, problem, changes is null ? ExitCodes.Usage : ExitCodes.Success);
        });
        return command;
    }
}
