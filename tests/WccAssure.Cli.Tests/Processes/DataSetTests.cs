using System.Diagnostics;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// A benchmark or cluster CSV handed to --benchmarks / --clusters: a named pipe, a file too large to hold, a number
/// with a thousands separator, conflicting rows. Each must be a located finding in the CSV from score, report and
/// compare alike, quickly, with nothing written.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class DataSetTests
{
    [Theory]
    [InlineData("pipe", ":1:1")]
    [InlineData("oversized", ":1:1")]
    [InlineData("thousands", ":2:")]
    [InlineData("conflict", ":3:")]
    [InlineData("line-break", ":3:5")]
    [InlineData("value-thousands", ":2:")]
    [InlineData("unclosed-quote", ":3:")]
    public void A_hostile_data_set_is_a_located_finding_from_every_command(string shape, string place)
    {
        using var scratch = new Scratch();
        var csv = Path.Combine(scratch.Work, "benchmarks.csv");
        const string header = "organisation,indicator,period,value,numerator,denominator\n";
        switch (shape)
        {
            case "pipe":
                using (var mkfifo = Process.Start("mkfifo", [csv]))
                {
                    mkfifo.WaitForExit();
                }

                break;
            case "oversized":
                using (var stream = File.Create(csv))
                {
                    stream.SetLength(1L << 30); // sparse: no disk, and never read
                }

                break;
            case "thousands":
                File.WriteAllText(csv, header + "5PK,infant-mortality,2008-09,1,234,5,1000\n");
                break;
            case "line-break":
                // A quoted code with a line break in it must not be read as the code.
                File.WriteAllText(
                    csv,
                    "organisation,indicator,period,value\n5PK,infant-mortality,2007-08,4.5\n"
                        + "5QT,\"infant-mortality\n\",2008-09,4.5\n"
                );
                break;
            case "value-thousands":
                // The header has no numerator: "1,234" in the value column is a fifth cell, not value 1.
                File.WriteAllText(csv, "organisation,indicator,period,value\n5PK,infant-mortality,2008-09,1,234\n");
                break;
            case "unclosed-quote":
                // An earlier finding (line 2) and a later one (line 4) are still named beside the unclosed quote.
                File.WriteAllText(
                    csv,
                    header
                        + "5PK,infant-mortality,not-a-year,4.5,,\n5PK,\"infant-mortality,2008-09,4.5,,\n"
                        + "5PK,infant-mortality,2009-10,x,,\n"
                );
                break;
            default:
                File.WriteAllText(
                    csv,
                    header + "5PK,infant-mortality,2008-09,4.5,,\n5PK,infant-mortality,2008-09,6.1,,\n"
                );
                break;
        }

        var runs = new Func<ProcessResult>[]
        {
            () => WccProcess.Run("score", scratch.Folder, "--benchmarks", csv),
            () => WccProcess.Run("report", scratch.Folder, "--out", scratch.Out, "--benchmarks", csv),
            () =>
                WccProcess.Run(
                    "compare",
                    scratch.Folder,
                    "--out",
                    Path.Combine(scratch.Work, "pack"),
                    "--benchmarks",
                    csv
                ),
        };
        foreach (var result in runs.AsParallel().WithDegreeOfParallelism(2).Select(run => run()))
        {
            result.AssertExit(1);
            Assert.True(
                result.Findings.Any(f => f.StartsWith(csv + place, StringComparison.Ordinal)),
                $"{result.Describe()}: expected a finding at {csv}{place}"
            );
            if (shape == "unclosed-quote")
            {
                Assert.True(
                    result.Findings.Any(f => f.StartsWith(csv + ":2:", StringComparison.Ordinal))
                        && result.Findings.Any(f => f.StartsWith(csv + ":4:", StringComparison.Ordinal)),
                    $"{result.Describe()}: the other lines' findings are hidden"
                );
            }

            Assert.True(result.Elapsed < TimeSpan.FromSeconds(30), $"took {result.Elapsed.TotalSeconds:0} s");
        }

        Assert.False(Directory.Exists(scratch.Out));
        Assert.False(Directory.Exists(Path.Combine(scratch.Work, "pack")));
        Assert.Empty(scratch.TemporaryFiles());
    }
}
