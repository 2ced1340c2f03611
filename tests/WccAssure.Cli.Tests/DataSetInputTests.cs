using System.Diagnostics;

namespace WccAssure.Cli.Tests;

/// <summary>
/// A national data set given with --benchmarks is read defensively: every problem is located, nothing hangs.
/// </summary>
public class DataSetInputTests
{
    private static string Temp(string name, string? text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wcc-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (text is not null)
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    private static async Task<(int Code, string Output, string Error)> Score(string dataSet)
    {
        var run = Task.Run(() => Wcc.Run("score", "assessments/south-staffordshire/2009-10", "--benchmarks", dataSet));
        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) != run)
        {
            // Unblock a reader stuck on a pipe so the shared CLI lock is released before the test fails.
            await File.WriteAllTextAsync(dataSet, "");
            Assert.Fail("wcc score blocked reading the data set");
        }

        return await run;
    }

    [Fact]
    public async Task A_named_pipe_given_as_the_data_set_is_refused_without_waiting()
    {
        var fifo = Temp("data.csv", null);
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var (code, _, error) = await Score(fifo);
        Assert.Equal(1, code);
        Assert.Contains("data.csv:1:1: error: the file is empty, or is not a regular file", error.Replace('\\', '/'));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_thousands_separator_that_shifts_columns_is_named_where_it_is()
    {
        var path = Temp(
            "data.csv",
            "organisation,indicator,period,value,numerator,denominator\n5PK,cvd-mortality,2006,80.5,1,234,150000\n"
        );
        var (code, _, error) = await Score(path);
        Assert.Equal(1, code);
        Assert.Contains(
            "data.csv:2:29: error: '1,234' looks like one number with a thousands separator",
            error.Replace('\\', '/')
        );
    }

    [Fact]
    public async Task Conflicting_rows_are_an_error_naming_both_lines()
    {
        var path = Temp(
            "data.csv",
            "organisation,indicator,period,value\n5PK,cvd-mortality,2006,80.5\n"
                + "5PK,cvd-mortality,2008,75\n5PK,cvd-mortality,2006,81\n"
        );
        var (code, _, error) = await Score(path);
        Assert.Equal(1, code);
        Assert.Contains(
            "data.csv:4:1: error: 5PK cvd-mortality 2006 is given twice with different figures (line 2 and here)",
            error.Replace('\\', '/')
        );
    }

    [Fact]
    public async Task A_data_set_over_the_size_cap_is_refused_before_it_is_read()
    {
        var path = Temp("data.csv", null);
        using (var file = File.Create(path))
        {
            file.SetLength(65L * 1024 * 1024); // sparse: no 65 MB written
        }

        var (code, _, error) = await Score(path);
        Assert.Equal(1, code);
        Assert.Contains(
            "data.csv:1:1: error: file is 65.0 MB; the limit for a CSV file is 64 MB",
            error.Replace('\\', '/')
        );
    }
}
