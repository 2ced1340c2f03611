using System.CommandLine;
using WccAssure.Core.Output;
using WccAssure.Core.Synthetic;
using WccAssure.Core.Text;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc synth --out DIR [--seed N] [--count N]`: the reproducible synthetic national set.</summary>
internal static class SynthCommand
{
    public static Command Create(CommandIo io)
    {
        var output = new Option<string>("--out") { Description = "folder to create", DefaultValueFactory = _ => "synthetic" };
        var seed = new Option<int>("--seed") { Description = "random seed: the same seed gives the same set", DefaultValueFactory = _ => 2010 };
        var count = new Option<int?>("--count") { Description = "number of organisations (default: every PCT in the register)" };
        var year = new Option<string>("--year") { Description = "assessment year", DefaultValueFactory = _ => "2009-10" };
        var command = new Command("synth", "Generate a synthetic national set of assessments and indicator data (labelled synthetic)") { output, seed, count, year };
        command.SetAction(parsed => Run(parsed.GetValue(output)!, parsed.GetValue(seed), parsed.GetValue(count), parsed.GetValue(year)!, io));
        return command;
    }

    private static int Run(string output, int seed, int? count, string year, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        if (count is < 1)
        {
            io.Error.WriteLine($"wcc: --count must be at least 1, not {count}");
            return ExitCodes.Usage;
        }

        var framework = seeds.FrameworkForYear(year);
        var problem = framework is null ? $"no framework for year '{VisibleText.Shorten(year)}'"
            : !AtomicFolder.IsFree(output) ? $"{output} already exists and is not empty; choose another --out"
            : null;
        if (problem is not null)
        {
            io.Error.WriteLine($"wcc: {problem}");
            return ExitCodes.Usage;
        }

        var organisations = seeds.Register.All.Where(o => o.Code.Length > 0).Take(count ?? int.MaxValue).ToList();
        AtomicFolder.Write(output, SyntheticNationalSet.Generate(organisations, framework!, seed));
        io.Output.WriteLine($"created {output}: {organisations.Count} synthetic assessments ({framework!.Id}, seed {seed}), {SyntheticNationalSet.DataSetFile}, {SyntheticNationalSet.ClustersFile}");
        return ExitCodes.Success;
    }
}
