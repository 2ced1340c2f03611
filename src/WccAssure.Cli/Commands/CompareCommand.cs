using System.CommandLine;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc compare folder… [--year Y] [--sha NAME] [--out DIR] [--benchmarks FILE] [--clusters FILE]`: the SHA pack, written as a whole.</summary>
internal static class CompareCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders (e.g. assessments/*/* synthetic/*/*)" };
        var year = new Option<string?>("--year") { Description = "assessment year to compare (default: the latest present)" };
        var sha = new Option<string?>("--sha") { Description = "only organisations of this strategic health authority" };
        var output = new Option<string>("--out") { Description = "output folder", DefaultValueFactory = _ => "out/compare" };
        var templates = new Option<string?>("--templates") { Description = "folder with compare.html.sbn and report.css" };
        var benchmarks = new BenchmarkOptions { ShippedByDefault = true };
        var command = new Command("compare", "Compare many assessments: league table, heatmap, governance matrix, calibration, movement, outcome benchmarks")
        {
            folders, year, sha, output, templates,
        };
        benchmarks.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, (parsed.GetValue(year), parsed.GetValue(sha)), parsed.GetValue(output)!, parsed.GetValue(templates), benchmarks, io));
        return command;
    }

    private static int Run(ParseResult parsed, string[] folders, (string? Year, string? Sha) only, string output, string? templatesDirectory, BenchmarkOptions benchmarks, CommandIo io)
    {
        if (Seeds.Templates(templatesDirectory, io) is not { } templates || Seeds.Evaluate(parsed, folders, benchmarks, io, quiet: true) is not { } batch)
        {
            return ExitCodes.InvalidInput;
        }

        // When no assessment could be scored, an empty pack would replace the last good one with nothing.
        if (batch.Scores.Count == 0)
        {
            return Seeds.ExitCode(batch, io);
        }

        if (ComparisonBuilder.NoMatch(batch.Scores, only.Year, only.Sha) is { } problem)
        {
            io.Error.WriteLine($"wcc: {problem}");
            return ExitCodes.Usage;
        }

        // One row per organisation and year: a real assessment replaces a synthetic one (said below); two of a kind
        // cannot both stand, so nothing is written.
        var selection = PackSelection.Of(batch.Scores);
        if (selection.Conflicts.Count > 0)
        {
            Seeds.Print(selection.Conflicts, io.Error);
            return ExitCodes.InvalidInput;
        }

        var (pack, error) = new ReportRun(templates).RenderPack(batch.Scores, only.Year, only.Sha, batch.Benchmarks, output);
        Seeds.Print(error is null ? [] : new[] { error }, io.Error);
        Seeds.Print(pack is null ? [] : selection.Replaced.Select(r => $"note: {r.Code} {r.Year}: the real assessment {r.RealFolder} replaces the synthetic {r.SyntheticFolder}"), io.Output);
        if (pack is null)
        {
            return ExitCodes.InvalidInput;
        }

        var written = Seeds.Report(ReportRun.Write([pack]), null, io);
        Seeds.Print(OutcomeLines(ComparisonBuilder.Build(batch.Scores, only.Year, only.Sha, batch.Benchmarks)), io.Output);
        return Seeds.ExitCode(batch, io, written);
    }

    /// <summary>
    /// The outcome benchmarks in brief for a small pack (a few indicators, a few organisations): England, the top
    /// decile, and each organisation's rate beside its peer group's. A national pack points to the page instead.
    /// </summary>
    private static IEnumerable<string> OutcomeLines(ComparisonPack pack)
    {
        if (pack.Outcomes.Count == 0)
        {
            yield break;
        }

        if (pack.Outcomes.Count > 3 || pack.League.Count > 12)
        {
            yield return $"outcome rates of {pack.Outcomes.Count} indicators from {pack.BenchmarkSource}: see compare.html and the workbook's 'Outcome rates' sheet";
            yield break;
        }

        static string Rate(double? value) => value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a";
        foreach (var o in pack.Outcomes)
        {
            yield return $"{o.Indicator}, {o.FromYear}-{o.ToYear}, CAGR % a year (from {pack.BenchmarkSource}): national {Rate(o.National)}, top decile {Rate(o.TopDecile)}";
            foreach (var r in pack.League.Where(r => o.Organisations.ContainsKey(r.Code)))
            {
                var group = pack.PeerGroups.GetValueOrDefault(r.Code);
                var peer = group is not null && o.Clusters.TryGetValue(group, out var rate) ? $"; {group} {pack.PeerGroup.Heading()} {Rate(rate)}" : "";
                yield return $"  {r.Code} {r.Name} {Rate(o.Organisations[r.Code])} ({o.Quartiles.GetValueOrDefault(r.Code)} quartile){peer}";
            }
        }
    }
}
