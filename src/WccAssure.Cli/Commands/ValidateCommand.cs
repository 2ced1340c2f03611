using System.CommandLine;
using WccAssure.Core.Loading;
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
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders, folders holding them (e.g. assessments/alw), or one file of an assessment" };
        var command = new Command("validate", "Check assessment folders and print every finding as file:line:column") { folders };
        command.SetAction(parsed => Run(parsed.GetValue(folders)!, io));
        return command;
    }

    private static int Run(string[] paths, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var targets = AssessmentFolders.Expand(paths);
        var engine = new AssessmentEngine(seeds);

        // One assessment (the author's usual case) is checked without starting the parallel machinery.
        var evaluations = targets.Count == 1
            ? [engine.Evaluate(targets[0].Folder)]
            : engine.EvaluateBatch(targets.Select(t => t.Folder)).Evaluations;
        Core.Diagnostics.StageTimer.Mark("load, validate, score");
        var findings = targets.Zip(evaluations, (target, evaluation) => evaluation.Findings.Where(target.Concerns)).SelectMany(f => f).ToList();
        Seeds.Print(findings, io.Output);
        var errors = findings.Count(f => f.Severity == Core.Diagnostics.Severity.Error);
        io.Output.WriteLine($"{targets.Count} assessment(s): {errors} error(s), {findings.Count - errors} warning(s)");
        return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
