using System.CommandLine;
using WccAssure.Core.Output;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc init CODE --year Y [--out DIR]`: a complete assessment folder that validates as it stands.</summary>
internal static class InitCommand
{
    public static Command Create(CommandIo io)
    {
        var code = new Argument<string>("organisation") { Description = "organisation code from the register, e.g. 5PK" };
        var year = new Option<string>("--year") { Description = "assessment year, e.g. 2009-10", Required = true };
        var output = new Option<string?>("--out") { Description = "folder to create (default: ./<code>-<year>)" };
        var command = new Command("init", "Scaffold an assessment folder with every competency and governance file") { code, year, output };
        command.SetAction(parsed => Run(parsed.GetValue(code)!, parsed.GetValue(year)!, parsed.GetValue(output), io));
        return command;
    }

    private static int Run(string code, string year, string? output, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var organisation = seeds.Register.Find(code);
        if (organisation is null)
        {
            var near = seeds.Register.Search(code).Take(3).Select(o => $"{o.Code} ({o.Name})").ToList();
            io.Error.WriteLine(near.Count > 0
                ? $"wcc: organisation '{code}' is not a code in the register; did you mean {string.Join(" or ", near)}? (wcc orgs TEXT searches it)"
                : $"wcc: organisation '{code}' is not in the register (seeds/organisations.csv); wcc orgs TEXT searches it");
            return ExitCodes.Usage;
        }

        var framework = seeds.FrameworkForYear(year);
        if (framework is null)
        {
            io.Error.WriteLine($"wcc: no framework for year '{year}' (frameworks: {string.Join(", ", seeds.FrameworkIds)})");
            return ExitCodes.Usage;
        }

        var target = output ?? $"{organisation.Code}-{year}";
        if (!AtomicFolder.IsFree(target))
        {
            io.Error.WriteLine($"wcc: {target} already exists and is not empty; choose another --out");
            return ExitCodes.Usage;
        }


        AtomicFolder.Write(target, AssessmentScaffold.Files(organisation, framework));
        io.Output.WriteLine($"created {target} for {organisation.Name} ({framework.Id}); next: wcc validate {target}");
        return ExitCodes.Success;
    }
}
