using WccAssure.Core.Synthetic;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc synth --out DIR [--seed N] [--count N]`: the reproducible synthetic national set.</summary>
internal static class SynthCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var output = new Option<string>("--out")
        {
            Description = "folder to create",
            DefaultValueFactory = _ => "synthetic",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "random seed: the same seed gives the same set",
            DefaultValueFactory = _ => 2010,
        };
        var count = new Option<int?>("--count")
        {
            Description = "number of organisations (default: every PCT in the register)",
        };
        var year = new Option<string>("--year")
        {
            Description = "assessment year",
            DefaultValueFactory = _ => "2009-10",
        };
        var command = new Command(
            "synth",
            "Generate a synthetic national set of assessments and indicator data (labelled synthetic)"
        )
        {
            output,
            seed,
            count,
            year,
        };
        command.SetAction(parsed =>
            Say.WithSeeds(io, environment, seeds =>
                Say.Make(
                    io,
                    new SyntheticRequest(
                        parsed.GetValue(output)!,
                        parsed.GetValue(seed),
                        parsed.GetValue(count),
                        parsed.GetValue(year)!
                    ).Plan(seeds)
                )
            )
        );
        return command;
    }
}
