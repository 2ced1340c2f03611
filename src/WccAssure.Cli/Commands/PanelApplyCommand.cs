using WccAssure.Reporting.Panel;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc panel-apply FILE.xlsx folder [--force]`: the panel's ratings and rationales written into the assessment's
/// files.
/// </summary>
internal static class PanelApplyCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var workbook = new Argument<string>("workbook")
        {
            Description = "the workbook wcc panel-sheet wrote, filled in",
        };
        var folder = new Argument<string>("folder") { Description = "the assessment folder it was exported from" };
        var force = new Option<bool>("--force")
        {
            Description = "apply it even though the assessment changed since the export",
        };
        var command = new Command(
            "panel-apply",
            "Write the panel's ratings and rationales from the workbook into the YAML, changing nothing else"
        )
        {
            workbook,
            folder,
            force,
        };
        if (!Handover.RendersHere)
        {
            return command; // the slim wcc hands it over before parsing, and only lists it in its help (Handover)
        }

        command.SetAction(parsed => Say.WithSeeds(io, environment, seeds =>
            {
                var (output, errors, ok) = PanelApplyRun.Apply(
                    seeds,
                    parsed.GetValue(workbook)!,
                    parsed.GetValue(folder)!,
                    parsed.GetValue(force)
                );
                io.Output.Write(output);
                Say.Lines(errors, io.Error);
                return ok ? ExitCodes.Success : ExitCodes.InvalidInput;
            }));
        return command;
    }
}
