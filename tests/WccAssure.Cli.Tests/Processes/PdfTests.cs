namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// `report --pdf` drives a Chromium the user installed. One that never answers (hung, or not a browser at all)
/// must not hang the run: it is stopped after a time limit, the cause is named, and no report.pdf is left.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class PdfTests
{
    [Theory]
    [InlineData("exec sleep 600")] // never prints its DevTools endpoint
    // names an endpoint that does not answer
    [InlineData("echo 'DevTools listening on ws://127.0.0.1:9/devtools/browser/none' >&2; exec sleep 600")]
    [InlineData("exit 3")] // dies at once
    public void An_unresponsive_chromium_is_stopped_and_named(string behaviour)
    {
        using var scratch = new Scratch();
        var chromium = Path.Combine(scratch.Work, "chromium");
        // exec: the process Puppeteer started is the one that hangs, as a real browser would be.
        File.WriteAllText(chromium, $"#!/bin/sh\n{behaviour}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(chromium, (UnixFileMode)0b111_101_101);
        }

        var options = new RunOptions(Limit: TimeSpan.FromSeconds(90)) { Environment = { ["WCC_CHROMIUM"] = chromium } };
        var result = WccProcess.Run(options, "report", scratch.Folder, "--out", scratch.Out, "--pdf").AssertExit(1);
        Assert.Contains($"Chromium ({chromium})", result.Error, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(60), $"took {result.Elapsed.TotalSeconds:0} s");
        Assert.False(File.Exists(Path.Combine(scratch.ReportFolder, "report.pdf")));
        Assert.Empty(scratch.TemporaryFiles());
    }
}
