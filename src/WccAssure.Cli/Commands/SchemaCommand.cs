using System.CommandLine;
using WccAssure.Core.Output;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc schema [--out DIR]`: writes the JSON Schemas editors use to complete and check assessment files: the
/// general ones, and one folder per framework year listing its ids.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CommandIo io)
    {
        var output = new Option<string>("--out") { Description = "folder for the schema files", DefaultValueFactory = _ => "seeds/schemas" };
        var command = new Command("schema", "Write JSON Schemas for assessment.yaml, competency, governance and outcomes files, general and per framework year") { output };
        command.SetAction(parsed => Run(parsed.GetValue(output)!, io));
        return command;
    }

    private static int Run(string output, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var files = JsonSchemas.All().ToList();
        foreach (var id in seeds.FrameworkIds)
        {
            if (seeds.Framework(id).Framework is { } framework)
            {
                files.AddRange(FrameworkSchemas.Generate(framework).Select(s => ($"{framework.Id}/{s.Name}", s.Content)));
            }
        }

        foreach (var (name, content) in files)
        {
            AtomicFile.Write(Path.Combine(output, name), content);
            io.Output.WriteLine(Path.Combine(output, name).Replace('\\', '/'));
        }

        return ExitCodes.Success;
    }
}
