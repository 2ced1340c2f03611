using System.Diagnostics;
using WccAssure.Core.Comparison;
using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Synthetic;
using WccAssure.Testing;

namespace WccAssure.Benchmarks;

/// <summary>
/// Scoring and comparing many synthetic organisations in memory. A small generated set is loaded once; larger
/// populations are made by giving each organisation a new code and a reseeded mix of ratings, so the work per
/// organisation is the real engine's.
/// </summary>
internal static class Scale
{
    public static void Run(string root, IReadOnlyList<int> sizes)
    {
        var seeds = new SeedLibrary(Path.Combine(root, "seeds"));
        var framework = seeds.Framework("wcc-2009-10").Framework!;
        var folder = Path.Combine(Path.GetTempPath(), "wcc-scale-" + Environment.ProcessId);
        AtomicFolder.Write(folder, SyntheticNationalSet.Generate([.. seeds.Register.All.Take(40)], framework, 99));
        try
        {
            var loader = new AssessmentLoader(seeds);
            var templates = Directory
                .GetDirectories(folder)
                .Order(StringComparer.Ordinal)
                .Select(d => loader.Load(Path.Combine(d, "2009-10")).Assessment!)
                .ToList();
            foreach (var size in sizes)
            {
                Measure(templates, framework, seeds, size);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Measure(
        IReadOnlyList<AssessmentRecord> templates,
        Core.Model.Framework.FrameworkDefinition framework,
        SeedLibrary seeds,
        int size
    )
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var random = new Random(size);
        var scores = Enumerable
            .Range(0, size)
            .Select(i =>
            {
                var template = templates[i % templates.Count];
                var record = template with
                {
                    OrganisationCode = $"SYN{i:00000}",
                    OrganisationName = $"Synthetic organisation {i}",
                    Competencies =
                    [
                        .. template.Competencies.Select(c =>
                            c with
                            {
                                Measures = [.. c.Measures.Select(m => Shift(m, random))],
                            }
                        ),
                    ],
                };
                return Scoring.Score(seeds, record, framework);
            })
            .ToList();
        var scored = clock.Elapsed.TotalMilliseconds;
        var pack = ComparisonBuilder.Build(scores, null, null, null);
        _ = Reporting.Compare.CompareExports.Csv(pack);
        var total = clock.Elapsed.TotalMilliseconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine(
            $"  {size, 7:N0} organisations: score {scored, 7:0} ms, + compare {total - scored, 6:0} ms = {total, 7:0} "
                + $"ms ({total / size * 1000, 6:0} µs each); allocated "
                + $"{(GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0, 7:0} MB; peak working "
                + $"set {peak, 6:0} MB"
        );
    }

    private static MeasureRecord<int> Shift(MeasureRecord<int> measure, Random random) =>
        measure with
        {
            Panel = measure.Panel is { } panel
                ? panel with
                {
                    Value = Math.Clamp(panel.Value + random.Next(-1, 2), 1, 4),
                }
                : null,
        };
}
