using System.CommandLine;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Commands;

/// <summary>`--benchmarks FILE [--clusters FILE]`: a national indicator data set that fills outcome benchmarks.</summary>
internal sealed class BenchmarkOptions
{
    public Option<string?> DataSet { get; } = new("--benchmarks") { Description = "national indicator data set (CSV: organisation,indicator,period,value[,numerator,denominator]); compare uses the real one in seeds/benchmarks when none is given" };

    public Option<string?> Clusters { get; } = new("--clusters") { Description = "ONS cluster membership (CSV: organisation,cluster)" };

    /// <summary>Without --benchmarks, use the real national data set shipped in seeds/benchmarks (what `compare` does).</summary>
    public bool ShippedByDefault { get; init; }

    public void AddTo(Command command)
    {
        command.Options.Add(DataSet);
        command.Options.Add(Clusters);
    }

    /// <summary>The computed table (null when none was asked for); false when the options or the data set have errors (printed).</summary>
    public bool Load(ParseResult parsed, AssessmentEngine engine, CommandIo io, out BenchmarkTable? table)
    {
        table = null;
        var (path, clusters) = (parsed.GetValue(DataSet), parsed.GetValue(Clusters));
        if (path is null && clusters is null && ShippedByDefault && File.Exists(engine.Seeds.DefaultDataSet))
        {
            path = engine.Seeds.DefaultDataSet;
        }

        if (path is null)
        {
            if (clusters is not null)
            {
                io.Error.WriteLine("wcc: --clusters needs --benchmarks (cluster rates are computed from the data set)");
            }

            return clusters is null;
        }

        (table, var findings) = engine.LoadBenchmarks(path, clusters);
        Seeds.Print(findings, io.Error);
        return table is not null;
    }
}
