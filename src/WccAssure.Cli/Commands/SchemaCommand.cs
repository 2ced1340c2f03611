using WccAssure.Core.Schemas;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc schema [--out DIR]`: the JSON Schemas editors use to complete and check assessment files (<see
/// cref="SchemaSet"/>).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var output = new Option<string>("--out")
        {
            Description = "folder for the schema files",
            DefaultValueFactory = _ => "seeds/schemas",
        };
        var command = new Command(
            "schema",
            "Write JSON Schemas for assessment.yaml, competency, governance and outcomes files, general and per "
                + "framework year"
        )
        {
            output,
        };
        command.SetAction(parsed => Say.WithSeeds(io, environment, seeds =>
            {
                Say.Lines(SchemaSet.Write(seeds, parsed.GetValue(output)!), io.Output);
                return ExitCodes.Success;
            }));
        return command;
    }
}
