using System.Globalization;
using WccAssure.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var root = Repository.Root();
var work = Path.Combine(Path.GetTempPath(), "wcc-bench-" + Environment.ProcessId);
var synthetic = Path.Combine(work, "synthetic");
Directory.CreateDirectory(work);
try
{
    Console.WriteLine($"WccAssure benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    var wcc = Processes.Publish(root, work);
    Console.WriteLine("\nCold start of the author's check (whole process, ReadyToRun):");
    ColdStart.Run(wcc, root);
    if (args.Contains("--cold-start-only"))
    {
        return;
    }

    Processes.Synth(wcc, synthetic);
    var folders = Directory.GetDirectories(synthetic).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "2009-10")).ToList();
    if (!args.Contains("--stages-only"))
    {
        Console.WriteLine($"\nWhole processes over the synthetic national set ({folders.Count} assessments):");
        Processes.NationalRun(wcc, synthetic, folders, work);
    }

    Console.WriteLine("\nStages in one process (warm):");
    Stages.Run(root, synthetic, folders);
    if (!args.Contains("--no-pdf") && !args.Contains("--stages-only"))
    {
        Console.WriteLine("\nPDF:");
        Processes.Pdfs(wcc, synthetic, folders, work);
    }

    if (!args.Contains("--stages-only"))
    {
        Console.WriteLine("\nScale (in memory, score + compare):");
        Scale.Run(root, args.Contains("--quick") ? [1_000, 2_000] : [1_000, 2_500, 5_000, 10_000]);
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}
