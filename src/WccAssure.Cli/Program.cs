using System.Globalization;
using WccAssure.Cli;
using WccAssure.Core.Text;

// The slim native wcc carries no report code: those commands go to wcc-render before any other work (Handover).
if (!Handover.RendersHere && Handover.NeedsRenderer(args))
{
    return Handover.ToRenderer(args);
}

// The quick commands run for a fraction of a second: code generated at run time (compiled regular expressions in
// the YAML parser, compiled expression trees) costs more to generate than it saves. Set before anything reads it.
if (args.Length == 0 || args[0] is not ("report" or "compare" or "synth" or "preview"))
{
    AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);
}

if (args.Length > 0 && args[0] is "validate" or "score" or "report" or "compare" or "preview" or "diff")
{
    WccAssure.Core.Loading.SeedLibrary.Warm(); // read while the command line is parsed
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
using var output = new InertWriter(Console.Out);
using var error = new InertWriter(Console.Error);
return WccApp.Run(args, output, error);
