using System.Diagnostics;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Loading;
using WccAssure.Core.Results;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;
using WccAssure.Testing;
using View = WccAssure.Reporting.View;

namespace WccAssure.Benchmarks;

/// <summary>Per-stage timings of the national run, in one process, so the slow stage is visible.</summary>
internal static class Stages
{
    public static void Run(string root, string synthetic, IReadOnlyList<string> folders)
    {
        var seeds = new SeedLibrary(Path.Combine(root, "seeds"));
        var clock = Stopwatch.StartNew();
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.yaml", SearchOption.AllDirectories)).ToList();
        foreach (var file in files)
        {
            Core.Yaml.YamlFileReader.Read(file, file, new Core.Diagnostics.FindingSink());
        }

        Report("  of which: YAML parsing alone", clock, files.Count);
        foreach (var file in files)
        {
            Core.Loading.ContainedPath.Resolve(Path.GetDirectoryName(file)!, Path.GetFileName(file));
        }

        Report("  of which: path checks alone", clock, files.Count);
        var loader = new AssessmentLoader(seeds);
        var loaded = folders.Select(f => loader.Load(f)).ToList();
        Report("load + validate", clock, folders.Count);
        var framework = seeds.Framework("wcc-2009-10").Framework!;
        var data = BenchmarkDataSet.Load(
            Path.Combine(synthetic, "benchmarks-synthetic.csv"),
            Path.Combine(synthetic, "clusters-synthetic.csv"),
            new Core.Diagnostics.FindingSink()
        )!;
        var table = BenchmarkTable.From(data, framework.Outcomes.Indicators);
        Report("benchmarks from data set", clock, data.Observations.Count);
        var scores = loaded.Select(l => Scoring.Score(seeds, l.Assessment!, l.Framework!, table)).ToList();
        Report("score", clock, scores.Count);
        var templates = ReportTemplates.Load(Path.Combine(root, "templates")).Templates!;
        var views = scores.Select(s => View.ReportViewBuilder.Build(s, templates.Css)).ToList();
        Report("  of which: report views", clock, views.Count);
        _ = views.Select(v => templates.RenderHtml(v).Output!).ToList();
        Report("  of which: HTML templates", clock, views.Count);
        _ = views.Select(v => templates.RenderMarkdown(v).Output!).ToList();
        Report("  of which: Markdown templates", clock, views.Count);
        var reports = scores.Select(s => RenderedReport.Render(s, templates).Report!).ToList();
        Report("render HTML + Markdown + CSV", clock, reports.Count);
        var pack = ComparisonBuilder.Build(scores, null, null, table);
        var (html, _) = templates.RenderCompare(CompareViewBuilder.Build(pack, templates));
        _ = CompareExports.Csv(pack);
        _ = CompareExports.Xlsx(pack);
        Report("compare (HTML, CSV, XLSX)", clock, pack.League.Count);
        Console.WriteLine(
            $"  bytes rendered: {reports.Sum(r => r.Html.Length + r.Markdown.Length + r.Csv.Length) + html!.Length:N0}"
        );
    }

    public static IReadOnlyList<AssessmentScore> ScoreAll(
        SeedLibrary seeds,
        IReadOnlyList<string> folders,
        BenchmarkTable table
    )
    {
        var loader = new AssessmentLoader(seeds);
        return
        [
            .. folders
                .Select(f => loader.Load(f))
                .Select(l => Scoring.Score(seeds, l.Assessment!, l.Framework!, table)),
        ];
    }

    private static void Report(string stage, Stopwatch clock, int count)
    {
        Console.WriteLine($"  {stage, -32} {clock.Elapsed.TotalMilliseconds, 8:0} ms  ({count:N0} items)");
        clock.Restart();
    }
}
