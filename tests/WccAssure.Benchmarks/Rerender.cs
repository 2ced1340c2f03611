using WccAssure.Core.Loading;
using WccAssure.Preview;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Benchmarks;

/// <summary>
/// What a save costs in a running `wcc preview`: validate, score and render one assessment again, in a process
/// that has already rendered it (templates parsed, frameworks loaded, code compiled), as the preview does.
/// </summary>
internal static class Rerender
{
    public const double TargetMs = 50;

    public static void Run(string root, int renders = 30)
    {
        var seeds = new SeedLibrary(Path.Combine(root, "seeds"));
        var (templates, errors) = ReportTemplates.Load(Path.Combine(root, "templates"));
        var folder = Copy(Path.Combine(root, "assessments", "south-staffordshire", "2009-10"));
        var renderer = new PreviewRenderer(folder, seeds, templates, errors);
        var first = renderer.Build();
        var c01 = Path.Combine(folder, "competencies", "c01.yaml");
        var original = File.ReadAllText(c01);
        var times = new List<double>();
        for (var i = 0; i < renders; i++)
        {
            // Each render follows a save of one file, as in the running preview: the rationale changes each time.
            File.WriteAllText(
                c01,
                original.Replace(
                    "Key stakeholders agree",
                    $"Key stakeholders (save {i}) agree",
                    StringComparison.Ordinal
                )
            );
            times.Add(renderer.Build().RenderMilliseconds);
        }

        Directory.Delete(folder, recursive: true);

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"  {"first rendering when the preview starts", -44} {first.RenderMilliseconds, 8:0} ms");
        Console.WriteLine(
            $"  {"re-render after a save of one file", -44} median {median, 6:0.0} ms, best {times[0], 6:0.0} ms, "
                + $"worst {times[^1], 6:0.0} ms ({renders} renders)"
        );
        Console.WriteLine(
            $"  target: re-render under {TargetMs:0} ms — median {(median < TargetMs ? "met" : "NOT met")}, best "
                + $"{(times[0] < TargetMs ? "met" : "NOT met")}"
        );
    }

    private static string Copy(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "wcc-rerender-" + Environment.ProcessId);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return target;
    }
}
