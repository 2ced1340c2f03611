using System.Globalization;
using WccAssure.Cli;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Text;

// The slim native wcc carries no report code: those commands go to wcc-render before any other work (Handover).
if (!Handover.RendersHere && Handover.NeedsRenderer(args))
{
    return Handover.ToRenderer(args);
}

// The quick commands run for a fraction of a second: code generated at run time (compiled regular expressions in
// the YAML parser, compiled expression trees) costs more to generate than it saves. Set before anything reads it.
var chosen = args.Length == 0 ? null : WccApp.Commands.FirstOrDefault(c => c.Name == args[0]);
if (chosen is not { Long: true })
{
    AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);
}

// The run's environment, from the only place that reads the process's variables and working folder.
var working = Directory.GetCurrentDirectory();
var timings =
    Environment.GetEnvironmentVariable("WCC_TIMINGS") == "1"
        ? new StageTimer(Console.Error, Environment.GetEnvironmentVariable("WCC_TIMINGS_ASSEMBLIES") == "1")
        : null;
var found = SeedLibrary.Find(Environment.GetEnvironmentVariable("WCC_SEEDS"), AppContext.BaseDirectory, working);
var seeds = found is null ? null : new SeedLibrary(found, timings);
if (chosen is { Scores: true } && seeds is not null)
{
    // Read while the command line is parsed (a sixth of a cold `wcc validate`); a command that needs only the
    // register (`wcc orgs`) reads only that, when it asks.
    _ = Task.Run(() =>
    {
        seeds.Prefetch();
        _ = seeds.RegisterFindings;
    });
}

var chromium = Environment.GetEnvironmentVariable("WCC_CHROMIUM");
var environment = new RunEnvironment(seeds, RunEnvironment.TemplatesBeside(found, working), chromium, working)
{
    Timings = timings,
};
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
using var output = new InertWriter(Console.Out);
using var error = new InertWriter(Console.Error);
return WccApp.Run(args, environment, output, error);
