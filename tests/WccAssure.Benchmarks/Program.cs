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

    // Figures on a shared machine move with what else runs; the load average says how busy it was.
    if (File.Exists("/proc/loadavg"))
    {
        Console.WriteLine(
            $"load average at the start: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}"
        );
    }
    Console.WriteLine("\nThe author's loop: a running preview re-rendering after a save (in process, warm):");
    Rerender.Run(root);
    if (args.Contains("--rerender-only"))
    {
        return;
    }

    // --wcc PATH times a wcc already published (e.g. two builds compared in one sitting) instead of publishing one.
    var given = Array.IndexOf(args, "--wcc");
    var wcc = given >= 0 && given + 1 < args.Length ? Path.GetFullPath(args[given + 1]) : Processes.Publish(root, work);
    Console.WriteLine("\nCold start of the author's check (whole process, native):");
    var stick = ColdStart.Run(wcc, root);
    if (args.Contains("--author-only"))
    {
        return;
    }

    Processes.Synth(wcc, synthetic);
    var folders = Directory
        .GetDirectories(synthetic)
        .Order(StringComparer.Ordinal)
        .Select(d => Path.Combine(d, "2009-10"))
        .ToList();
    if (!args.Contains("--stages-only"))
    {
        Console.WriteLine($"\nWhole processes over the synthetic national set ({folders.Count} assessments):");
        Processes.NationalRun(wcc, synthetic, folders, work, stick);
    }

    if (args.Contains("--national-only"))
    {
        return;
    }

    Console.WriteLine("\nStages in one process (warm):");
    Stages.Run(root, synthetic, folders);
    if (!args.Contains("--no-pdf") && !args.Contains("--stages-only"))
    {
        Console.WriteLine("\nPDF:");
        Processes.Pdfs(wcc, synthetic, folders, work, stick);
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
