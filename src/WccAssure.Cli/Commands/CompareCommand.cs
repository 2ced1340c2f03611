using System.CommandLine;
using WccAssure.Core.Comparison;
using WccAssure.Core.Output;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc compare folder… [--year Y] [--sha NAME] [--out DIR] [--benchmarks FILE] [--clusters FILE]`: the SHA pack.</summary>
internal static class CompareCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders (e.g. assessments/*/* synthetic/*/*)" };
        var year = new Option<string?>("--year") { Description = "assessment year to compare (default: the latest present)" };
        var sha = new Option<string?>("--sha") { Description = "only organisations of this strategic health authority" };
        var output = new Option<string>("--out") { Description = "output folder", DefaultValueFactory = _ => "out/compare" };
        var templates = new Option<string?>("--templates") { Description = "folder with compare.html.liquid and report.css" };
        var benchmarks = new BenchmarkOptions();
        var command = new Command("compare", "Compare many assessments: league table, heatmap, governance matrix, calibration, movement, outcome benchmarks")
        {
            folders, year, sha, output, templates,
        };
        benchmarks.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, parsed.GetValue(year), parsed.GetValue(sha), parsed.GetValue(output)!, parsed.GetValue(templates), benchmarks, io));
        return command;
    }

    private static int Run(ParseResult parsed, string[] folders, string? year, string? sha, string output, string? templatesDirectory, BenchmarkOptions benchmarkOptions, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var (templates, templateErrors) = ReportTemplates.Load(templatesDirectory ?? ReportCommand.DefaultTemplates(seeds));
        if (templates is null)
        {
            templateErrors.ToList().ForEach(e => io.Error.WriteLine(e.ToString()));
            return ExitCodes.InvalidInput;
        }

        var (benchmarks, ok) = benchmarkOptions.Load(parsed, seeds, io);
        if (!ok)
        {
            return ExitCodes.InvalidInput;
        }

        var (scores, failed) = ScoreCommand.ScoreAll(folders, seeds, io, benchmarks, quiet: true);
        if (failed)
        {
            return ExitCodes.InvalidInput;
        }

        if (scores.Count > 0 && !scores.Any(s => s.Assessment.Year == (year ?? s.Assessment.Year) && (sha is null || string.Equals(s.Assessment.Sha, sha, StringComparison.OrdinalIgnoreCase))))
        {
            io.Error.WriteLine($"wcc: no assessment matches{(year is null ? "" : $" year {year}")}{(sha is null ? "" : $" SHA '{sha}'")}");
            return ExitCodes.Usage;
        }

        if (RenderPack(scores, year, sha, benchmarks, templates, io) is not { } pack)
        {
            return ExitCodes.InvalidInput;
        }

        Write(pack, Files(pack), output, io);
        return ExitCodes.Success;
    }

    /// <summary>The pack and its page, rendered in memory; the page is the part a template can fail.</summary>
    internal sealed record RenderedPack(ComparisonPack Pack, string Html);

    /// <summary>Null (with the error printed) when the compare template fails.</summary>
    internal static RenderedPack? RenderPack(
        IReadOnlyList<Core.Results.AssessmentScore> scores, string? year, string? sha, Core.Benchmarks.BenchmarkTable? benchmarks, ReportTemplates templates, CommandIo io)
    {
        var pack = ComparisonBuilder.Build(scores, year, sha, benchmarks);
        var (html, error) = templates.RenderCompare(CompareViewBuilder.Build(pack, templates.Css));
        StageTimer.Mark("comparison pack and page");
        if (error is null)
        {
            return new RenderedPack(pack, html!);
        }

        io.Error.WriteLine(error.ToString());
        return null;
    }

    /// <summary>Every file of the pack; the spreadsheet is the slow part, so callers may run this alongside other work.</summary>
    internal static IReadOnlyList<(string Name, byte[] Content)> Files(RenderedPack pack) =>
    [
        ("compare.html", System.Text.Encoding.UTF8.GetBytes(pack.Html)),
        ("league.csv", System.Text.Encoding.UTF8.GetBytes(CompareExports.Csv(pack.Pack))),
        ("league.xlsx", CompareExports.Xlsx(pack.Pack)),
    ];

    internal static void Write(RenderedPack pack, IReadOnlyList<(string Name, byte[] Content)> files, string output, CommandIo io)
    {
        foreach (var (name, content) in files)
        {
            AtomicFile.Write(Path.Combine(output, name), content);
        }

        io.Output.WriteLine($"{output.Replace('\\', '/')}/: compare.html, league.csv, league.xlsx ({pack.Pack.League.Count} organisations, {pack.Pack.Year}{(pack.Pack.IncludesSynthetic ? ", includes synthetic data" : "")})");
    }
}
