using System.Diagnostics;

namespace WccAssure.Benchmarks;

/// <summary>Runs the published `wcc` as whole processes and times them, process start included.</summary>
internal static class Processes
{
    public static string Publish(string root, string work)
    {
        var output = Path.Combine(work, "wcc");
        // The RID makes it the native build the tool package carries (PublishAot in WccAssure.Cli.csproj).
        Console.Write("publishing wcc (Release, native, as the linux-x64 tool package has it)... ");
        var clock = Stopwatch.StartNew();
        Run(
            "dotnet",
            [
                "publish",
                Path.Combine(root, "src", "WccAssure.Cli"),
                "-c",
                "Release",
                "-r",
                "linux-x64",
                "-o",
                output,
                "--nologo",
                "-v",
                "q",
            ],
            root
        );
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s");
        return Path.Combine(output, "wcc");
    }

    public static void Synth(string wcc, string synthetic) =>
        Run(wcc, ["synth", "--out", synthetic, "--seed", "2010"], Repository.Root());

    public const double NationalTargetMs = 500;
    public const double PdfTargetMs = 30_000;

    public static void NationalRun(
        string wcc,
        string synthetic,
        IReadOnlyList<string> folders,
        string work,
        Yardstick stick
    )
    {
        string[] data =
        [
            "--benchmarks",
            Path.Combine(synthetic, "benchmarks-synthetic.csv"),
            "--clusters",
            Path.Combine(synthetic, "clusters-synthetic.csv"),
        ];
        var steps = new (string Name, string[] Args)[]
        {
            ("validate", ["validate", .. folders]),
            ("score --format json", ["score", "--format", "json", .. folders, .. data]),
            ("report (HTML + Markdown + CSV)", ["report", .. folders, "--out", Path.Combine(work, "reports"), .. data]),
            ("compare (HTML + CSV + XLSX)", ["compare", .. folders, "--out", Path.Combine(work, "compare"), .. data]),
        };
        var total = steps.Sum(s => Time(wcc, s.Args, s.Name, double.NaN, stick).WallMs);
        var national = Path.Combine(work, "national");
        Time(
            wcc,
            ["report", .. folders, "--out", national, "--compare", Path.Combine(national, "compare"), .. data],
            "national run: report --compare (one process)",
            NationalTargetMs,
            stick,
            runs: 7
        );
        Console.WriteLine($"  {"sum of the four processes", -44} {total, 8:0} ms");
    }

    public static void Pdfs(string wcc, string synthetic, IReadOnlyList<string> folders, string work, Yardstick stick)
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            Console.WriteLine("  skipped: /usr/bin/chromium is not installed");
            return;
        }

        // Processor time includes Chromium's: its processes are wcc's children, reaped before wcc exits.
        var benchmarks = Path.Combine(synthetic, "benchmarks-synthetic.csv");
        Time(
            wcc,
            ["report", .. folders, "--pdf", "--out", Path.Combine(work, "pdf"), "--benchmarks", benchmarks],
            $"{folders.Count} reports with PDF, one browser",
            PdfTargetMs,
            stick,
            runs: 1
        );
    }

    /// <summary>
    /// Best and median of several runs (the best is the one least disturbed by the machine's other load), printed
    /// with the target when there is one; the best run.
    /// </summary>
    private static ChildUsage Time(
        string wcc,
        string[] args,
        string name,
        double targetMs,
        Yardstick stick,
        int runs = 3
    )
    {
        var usages = Enumerable.Range(0, runs).Select(_ => ChildUsage.Run(wcc, args, Repository.Root())).ToList();
        var best = usages.MinBy(u => u.WallMs);
        var median = ChildUsage.Median(usages);
        if (double.IsNaN(targetMs))
        {
            Console.WriteLine(
                $"  {name, -44} best {best.WallMs, 7:0} ms, median {median.WallMs, 7:0} ms wall; "
                    + $"median {median.ProcessorMs, 7:0} ms processor"
            );
        }
        else
        {
            Yardstick.Report(name, best, median, targetMs, stick);
        }

        return best;
    }

    private static void Run(string program, string[] args, string directory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', args.Take(3))}… exited {process.ExitCode}: {error.Result}{output.Result}"
            );
        }
    }
}
