using WccAssure.Core.Loading;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>
/// What the commands that score a batch share: the folders and `--benchmarks FILE [--clusters FILE]`, the national
/// indicator data set that fills the outcome benchmarks, and what renders also takes: `--out` and `--templates`.
/// (`wcc validate` has none of them, and so never loads the report code this class refers to.)
/// </summary>
internal sealed class BatchOptions(string folders = "assessment folders", bool shippedDataSet = false)
{
    public Argument<string[]> Folders { get; } =
        new("folders") { Arity = ArgumentArity.OneOrMore, Description = folders };

    public Option<string?> DataSet { get; } =
        new("--benchmarks")
        {
            Description =
                "national indicator data set (CSV: organisation,indicator,period,value[,numerator,denominator]); "
                + "compare uses the real one in seeds/benchmarks when none is given",
        };

    public Option<string?> Clusters { get; } =
        new("--clusters") { Description = "ONS cluster membership (CSV: organisation,cluster)" };

    public static Option<string> Out(string description, string folder) =>
        new("--out") { Description = description, DefaultValueFactory = _ => folder };

    public static Option<string?> Templates(string description) => new("--templates") { Description = description };

    /// <summary>
    /// Evaluates the folders and prints their findings (only the failed ones' when quiet); null when seeds or
    /// benchmarks are unusable.
    /// </summary>
    public AssessmentBatch? Evaluate(
        ParseResult parsed,
        CommandIo io,
        RunEnvironment environment,
        bool quiet = false,
        bool versions = false
    )
    {
        if (environment.Seeds is not { } seeds)
        {
            Say.Problem(io, SeedLibrary.NotFound);
            return null;
        }

        var folders = parsed.GetValue(Folders)!;
        var benchmarks = new BenchmarkRequest(parsed.GetValue(DataSet), parsed.GetValue(Clusters), shippedDataSet);
        var request = new BatchRequest(folders)
        {
            Benchmarks = benchmarks with { Beside = folders },
            Versions = versions,
        };
        var run = new AssessmentEngine(seeds).Run(request);
        Say.Lines(run.AllFindings(failedOnly: quiet), io.Error);
        Say.Problem(io, run.Problem);
        return run.Batch;
    }

    /// <summary>The parsed templates (by default those beside seeds/), or null with their errors printed.</summary>
    public static ReportTemplates? LoadTemplates(
        ParseResult parsed,
        Option<string?> directory,
        CommandIo io,
        RunEnvironment environment
    )
    {
        var (templates, errors) = ReportRun.LoadTemplates(parsed.GetValue(directory), environment);
        Say.Lines(errors, io.Error);
        return templates;
    }
}
