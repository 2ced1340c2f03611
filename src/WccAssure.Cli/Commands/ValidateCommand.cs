using WccAssure.Core.Diagnostics;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc validate path…`: every finding of every assessment (loading, scoring and batch rules), then a one-line
/// summary. A path is an assessment folder, a folder holding assessments, or one file of an assessment.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var paths = new Argument<string[]>("folders")
        {
            Arity = ArgumentArity.OneOrMore,
            Description =
                "assessment folders, folders holding them (e.g. assessments/alw), or one file of an assessment",
        };
        var command = new Command("validate", "Check assessment folders and print every finding as file:line:column")
        {
            paths,
        };
        command.SetAction(parsed => Say.WithSeeds(io, environment, seeds =>
            {
                var request = new BatchRequest(parsed.GetValue(paths)!) { Reading = PathReading.Check };
                var batch = new AssessmentEngine(seeds).Run(request).Batch!;
                var (errors, warnings) = FindingCounts.Of(batch.NamedFindings);
                Say.Lines(batch.NamedFindings, io.Output);
                io.Output.WriteLine(
                    $"{batch.Evaluations.Count} assessment(s): {errors} error(s), {warnings} warning(s)"
                );
                return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
            }));
        return command;
    }
}
