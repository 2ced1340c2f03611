using System.CommandLine;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

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

    /// <summary>The computed table, or null when none was asked for; false when the data set has errors (printed).</summary>
    public (BenchmarkTable? Table, bool Ok) Load(ParseResult parsed, SeedLibrary seeds, CommandIo io)
    {
        if (parsed.GetValue(DataSet) is not { } path)
        {
            if (parsed.GetValue(Clusters) is not null)
            {
                io.Error.WriteLine("wcc: --clusters needs --benchmarks (cluster rates are computed from the data set)");
                return (null, false);
            }

            return (null, true);
        }

        var findings = new FindingSink();
        var data = BenchmarkDataSet.Load(path, parsed.GetValue(Clusters), findings);
        FindingPrinter.Print(findings.Sorted(), io.Error);
        // Every framework year shares the indicator catalogue's ids; the newest one's catalogue is the fullest.
        var framework = seeds.FrameworkIds.Select(id => seeds.Framework(id).Framework).LastOrDefault(f => f is not null);
        return data is null || framework is null ? (null, false) : (BenchmarkTable.From(data, framework.Outcomes.Indicators), true);
    }
}
