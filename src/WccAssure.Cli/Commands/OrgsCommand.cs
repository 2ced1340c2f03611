using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc orgs TEXT`: finds an organisation's code and SHA in the register by any part of its name, code or SHA.
/// </summary>
internal static class OrgsCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var text = new Argument<string[]>("text")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "words of the name, the code or the SHA, e.g. wigan",
        };
        var command = new Command("orgs", "Find an organisation's code and SHA in the register") { text };
        command.SetAction(parsed => Say.WithSeeds(io, environment, seeds =>
            {
                var words = string.Join(' ', parsed.GetValue(text)!);
                var found = words.Contains('\uFFFD', StringComparison.Ordinal) ? [] : seeds.Register.Search(words);
                if (found.Count == 0)
                {
                    return Say.Problem(
                        io,
                        words.Contains('\uFFFD', StringComparison.Ordinal)
                            ? OrganisationRegister.NotUtf8
                            : $"no organisation in the register matches '{CommandLineAdvice.Show(words)}'",
                        ExitCodes.InvalidInput
                    );
                }

                // Names line up so the SHA column can be read down.
                var width = found.Max(o => o.Name.Length);
                Say.Lines(found.Select(o => $"{o.Code, -4} {o.Name.PadRight(width)}  {o.Sha}"), io.Output);
                return ExitCodes.Success;
            }));
        return command;
    }
}
