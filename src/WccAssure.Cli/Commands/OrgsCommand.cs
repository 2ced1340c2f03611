using System.CommandLine;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc orgs TEXT`: finds an organisation's code and SHA in the register by any part of its name, code or SHA.</summary>
internal static class OrgsCommand
{
    public static Command Create(CommandIo io)
    {
        var text = new Argument<string[]>("text") { Arity = ArgumentArity.OneOrMore, Description = "words of the name, the code or the SHA, e.g. wigan" };
        var command = new Command("orgs", "Find an organisation's code and SHA in the register") { text };
        command.SetAction(parsed => Run(string.Join(' ', parsed.GetValue(text)!), io));
        return command;
    }

    private static int Run(string text, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var found = seeds.Register.Search(text);
        if (found.Count == 0)
        {
            io.Error.WriteLine($"wcc: no organisation in the register matches '{text}'");
            return ExitCodes.InvalidInput;
        }

        var nameWidth = found.Max(o => o.Name.Length);
        foreach (var organisation in found)
        {
            io.Output.WriteLine($"{organisation.Code,-4} {organisation.Name.PadRight(nameWidth)}  {organisation.Sha}");
        }

        return ExitCodes.Success;
    }
}
