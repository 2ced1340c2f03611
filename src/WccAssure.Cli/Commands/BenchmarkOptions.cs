using System.CommandLine;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Pipeline;

namespace WccAssure.Cli.Commands;

/// <summary>`--benchmarks FILE [--clusters FILE]`: a national indicator data set that fills outcome benchmarks.</summary>
internal sealed class BenchmarkOptions
{
    public Option<string?> DataSet { get; } = new("--benchmarks") { Description = "national indicator data set (CSV: organisation,indicator,period,value[,numerator,denominator])" };

    public Option<string?> Clusters { get; } = new("--clusters") { Description = "ONS cluster membership (CSV: organisation,cluster)" };

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
