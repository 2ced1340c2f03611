using System.CommandLine;
using WccAssure.Core.Output;
using WccAssure.Core.Text;

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
        var framework = seeds.FrameworkForYear(year);
        var target = output ?? $"{organisation?.Code ?? code}-{year}";
        var near = organisation is null ? seeds.Register.Search(code).Take(3).Select(o => $"{o.Code} ({o.Name})").ToList() : [];
        var problem = organisation is null
                ? near.Count > 0
                    ? $"organisation '{VisibleText.Shorten(code)}' is not a code in the register; did you mean {string.Join(" or ", near)}? (wcc orgs TEXT searches it)"
                    : $"organisation '{VisibleText.Shorten(code)}' is not in the register (seeds/organisations.csv); wcc orgs TEXT searches it"
            : framework is null ? $"no framework for year '{VisibleText.Shorten(year)}' (frameworks: {string.Join(", ", seeds.FrameworkIds)})"
            : !AtomicFolder.IsFree(target) ? $"{target} already exists and is not empty; choose another --out"
            : null;
        if (problem is not null)
        {
            io.Error.WriteLine($"wcc: {problem}");
            return ExitCodes.Usage;
        }

        AtomicFolder.Write(target, AssessmentScaffold.Files(organisation!, framework!));
        io.Output.WriteLine($"created {target} for {organisation!.Name} ({framework!.Id}); next: wcc validate {target}");
        return ExitCodes.Success;
    }
}
