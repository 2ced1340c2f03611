using WccAssure.Reporting.Panel;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc panel-sheet folder [--out FILE.xlsx]`: the workbook the panel fills in at its meeting.</summary>
internal static class PanelSheetCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var folder = new Argument<string>("folder") { Description = "the assessment folder" };
        var output = new Option<string?>("--out")
        {
            Description = "workbook to write (default: ./panel-<code>-<year>.xlsx)",
        };
        var command = new Command(
            "panel-sheet",
            "Write the panel's meeting workbook: a sheet per competency and governance area, a row per measure"
        )
        {
            folder,
            output,
        };
        if (!Handover.RendersHere)
        {
            return command; // the slim wcc hands it over before parsing, and only lists it in its help (Handover)
        }

        command.SetAction(parsed => Say.WithSeeds(io, environment, seeds =>
            {
                var (findings, written) = PanelSheetRun.Write(seeds, parsed.GetValue(folder)!, parsed.GetValue(output));
                Say.Lines(findings, io.Error);
                Say.Lines(written is null ? [] : new[] { written }, io.Output);
                return written is null ? ExitCodes.InvalidInput : ExitCodes.Success;
            }));
        return command;
    }
}
