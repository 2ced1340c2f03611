using WccAssure.Core.Scaffold;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc init CODE --year Y [--out DIR]`: a complete assessment folder that validates as it stands.</summary>
internal static class InitCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var code = new Argument<string>("organisation")
        {
            Description = "organisation code from the register, e.g. 5PK",
        };
        var year = new Option<string>("--year") { Description = "assessment year, e.g. 2009-10", Required = true };
        var output = new Option<string?>("--out") { Description = "folder to create (default: ./<code>-<year>)" };
        var command = new Command("init", "Scaffold an assessment folder with every competency and governance file")
        {
            code,
            year,
            output,
        };
        command.SetAction(parsed =>
            Say.WithSeeds(io, environment, seeds =>
                Say.Make(
                    io,
                    new ScaffoldRequest(parsed.GetValue(code)!, parsed.GetValue(year)!, parsed.GetValue(output)).Plan(
                        seeds
                    )
                )
            )
        );
        return command;
    }
}
