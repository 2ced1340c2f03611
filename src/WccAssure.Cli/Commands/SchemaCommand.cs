using System.CommandLine;
using WccAssure.Core.Output;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc schema [--out DIR]`: writes the JSON Schemas editors use to complete and check assessment files.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandIo io)
    {
        var output = new Option<string>("--out") { Description = "folder for the schema files", DefaultValueFactory = _ => "seeds/schemas" };
        var command = new Command("schema", "Write JSON Schemas for assessment.yaml, competency, governance and outcomes files") { output };
        command.SetAction(parsed => Run(parsed.GetValue(output)!, io));
        return command;
    }

    private static int Run(string output, CommandIo io)
    {
        foreach (var (name, content) in JsonSchemas.All())
        {
            AtomicFile.Write(Path.Combine(output, name), content);
            io.Output.WriteLine(Path.Combine(output, name).Replace('\\', '/'));
        }

        return ExitCodes.Success;
    }
}
