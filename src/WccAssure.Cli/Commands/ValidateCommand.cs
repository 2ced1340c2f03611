using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc validate path…`: every finding of every assessment (loading, scoring and batch rules), then a one-line
/// summary. A path is an assessment folder, a folder holding assessments, or one file of an assessment.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CommandIo io)
    {
        var paths = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders, folders holding them (e.g. assessments/alw), or one file of an assessment" };
        var command = new Command("validate", "Check assessment folders and print every finding as file:line:column") { paths };
        command.SetAction(parsed => Say.WithSeeds(io, seeds =>
        {
            var validation = new AssessmentEngine(seeds).Validate(parsed.GetValue(paths)!);
            Say.Lines(validation.Findings, io.Output);
            io.Output.WriteLine($"{validation.Assessments} assessment(s): {validation.Errors} error(s), {validation.Warnings} warning(s)");
            return validation.Errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }));
        return command;
    }
}
