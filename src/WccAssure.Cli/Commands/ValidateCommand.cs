using System.CommandLine;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Rules;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc validate folder…`: every finding of every folder, then a one-line summary.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders, folders holding them (e.g. assessments/alw), or one file of an assessment" };
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

        var loader = new AssessmentLoader(seeds);
        var errors = 0;
        var warnings = 0;
        var targets = AssessmentFolders.Expand(folders);
        // One assessment (the author's usual case) is checked without starting the parallel machinery.
        var checkedTargets = targets.Count == 1
            ? targets.Select(target => Check(loader, target.Folder).Where(target.Concerns).ToList())
            : targets.AsParallel().AsOrdered().Select(target => Check(loader, target.Folder).Where(target.Concerns).ToList());
        foreach (var findings in checkedTargets)
        {
            FindingPrinter.Print(findings, io.Output);
            errors += findings.Count(f => f.Severity == Severity.Error);
            warnings += findings.Count(f => f.Severity == Severity.Warning);
        }

        io.Output.WriteLine($"{targets.Count} assessment(s): {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    /// <summary>Loading findings plus the engine's (e.g. a panel rating that departs from the evidence without a rationale).</summary>
    public static IReadOnlyList<Finding> Check(AssessmentLoader loader, string folder)
    {
        var loaded = loader.Load(folder);
        StageTimer.Mark("load and validate");
        if (loaded.Assessment is null || loaded.Framework is null)
        {
            return loaded.Findings;
        }

        var score = AssessmentScorer.Score(loaded.Assessment, loaded.Framework, loader.Seeds);
        StageTimer.Mark("score");
        var all = new FindingSink();
        all.AddRange(loaded.Findings);
        all.AddRange(score.Findings);
        return all.Sorted();
    }
}
