using System.CommandLine;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Loading;
using WccAssure.Core.Output;
using WccAssure.Core.Results;
using WccAssure.Core.Rules;

namespace WccAssure.Cli.Commands;

/// <summary>`wcc score folder… [--format text|json]`.</summary>
internal static class ScoreCommand
{
    public static Command Create(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.OneOrMore, Description = "assessment folders" };
        var format = new Option<string>("--format") { Description = "text (tables) or json (the documented contract)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("score", "Score assessments: evidenced levels, ratings, outcomes, counts and gaps") { folders, format };
        var benchmarks = new BenchmarkOptions();
        benchmarks.AddTo(command);
        command.SetAction(parsed => Run(parsed, parsed.GetValue(folders)!, parsed.GetValue(format)!, benchmarks, io));
        return command;
    }

    private static int Run(ParseResult parsed, string[] folders, string format, BenchmarkOptions benchmarkOptions, CommandIo io)
    {
        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var (benchmarks, ok) = benchmarkOptions.Load(parsed, seeds, io);
        if (!ok)
        {
            return ExitCodes.InvalidInput;
        }

        var (scores, failed) = ScoreAll(folders, seeds, io, benchmarks);
        if (failed)
        {
            return ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            io.Output.Write(ScoreJson.Write(scores));
        }
        else
        {
            ScoreTables.Write(scores, io.Output);
        }

        return ExitCodes.Success;
    }

    /// <summary>Loads and scores every folder; any invalid folder prints its findings and fails the batch.</summary>
    internal static (IReadOnlyList<AssessmentScore> Scores, bool Failed) ScoreAll(
        string[] folders, SeedLibrary seeds, CommandIo io, BenchmarkTable? benchmarks = null, bool quiet = false)
    {
        // Assessments are independent, so they load and score in parallel; results and messages keep the given order.
        var loader = new AssessmentLoader(seeds);
        var results = AssessmentFolders.Expand(folders).Select(t => t.Folder).Distinct(StringComparer.Ordinal).AsParallel().AsOrdered().Select(folder =>
        {
            var loaded = loader.Load(folder);
            return (Loaded: loaded, Score: loaded.Assessment is null || loaded.Framework is null ? null
                : AssessmentScorer.Score(loaded.Assessment, loaded.Framework, seeds, benchmarks));
        }).ToList();
        var scores = new List<AssessmentScore>();
        var failed = false;
        foreach (var (loaded, score) in results)
        {
            if (score is null)
            {
                FindingPrinter.Print(loaded.Findings, io.Error);
                failed = true;
                continue;
            }

            if (!quiet)
            {
                FindingPrinter.Print(loaded.Findings.Concat(score.Findings), io.Error);
            }

            scores.Add(score with { Findings = [.. loaded.Findings, .. score.Findings] });
        }

        return (scores, failed || HasDuplicates(scores, io));
    }

    /// <summary>Two folders for one organisation and year would overwrite each other's report and double a league row.</summary>
    private static bool HasDuplicates(IReadOnlyList<AssessmentScore> scores, CommandIo io)
    {
        var duplicates = scores.GroupBy(s => (s.Assessment.OrganisationCode, s.Assessment.Year, s.Assessment.Synthetic)).Where(g => g.Count() > 1).ToList();
        foreach (var group in duplicates)
        {
            var first = group.First().Assessment.Folder;
            foreach (var other in group.Skip(1))
            {
                io.Error.WriteLine($"{other.Assessment.Folder}/{AssessmentLoader.HeaderFile}:1:1: error: {group.Key.OrganisationCode} {group.Key.Year} is also assessed in {first}; give one folder per organisation and year");
            }
        }

        return duplicates.Count > 0;
    }
}
