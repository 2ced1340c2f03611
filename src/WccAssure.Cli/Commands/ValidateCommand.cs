using System.CommandLine;
using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc validate folder…`: every finding of every folder (loading, scoring and batch rules), then a one-line summary.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders" };
        var command = new Command("validate", "Check assessment folders and print every finding as file:line:column") { folders };
        command.SetAction(parsed => Run(parsed.GetValue(folders)!, io));
        return command;
    }

    private static int Run(string[] folders, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var batch = new AssessmentEngine(seeds).EvaluateBatch(folders);
        Seeds.Print(batch.Evaluations.SelectMany(e => e.Findings), io.Output);
        var errors = batch.Evaluations.Sum(e => e.Errors);
        io.Output.WriteLine($"{folders.Length} assessment(s): {errors} error(s), {batch.Evaluations.Sum(e => e.Warnings)} warning(s)");
        return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
