using System.Runtime.Versioning;
using System.Text.Json;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Every command as a user's shell starts it: the happy path of each, then what a command line can do wrong —
/// empty values, names that are not UTF-8, a full standard output, an unreadable folder, hostile values for init
/// and synth, outputs that cannot be written.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class CommandLineTests
{
    [Fact]
    public void Every_command_succeeds_on_a_valid_assessment_with_inert_output()
    {
        using var scratch = new Scratch();
        var runs = new Func<ProcessResult>[]
        {
            () => WccProcess.Run("validate", scratch.Folder),
            () => WccProcess.Run("score", scratch.Folder),
            () => WccProcess.Run("score", scratch.Folder, "--format", "json"),
            () => WccProcess.Run("report", scratch.Folder, "--out", scratch.Out),
            () => WccProcess.Run("compare", scratch.Folder, "--out", Path.Combine(scratch.Work, "compare")),
            () => WccProcess.Run("synth", "--out", Path.Combine(scratch.Work, "synthetic"), "--count", "3"),
            () => WccProcess.Run("init", "5PK", "--year", "2009-10", "--out", Path.Combine(scratch.Work, "init")),
            () => WccProcess.Run("schema", "--out", Path.Combine(scratch.Work, "schemas")),
        };
        var results = runs.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(run => run()).ToList();
        Assert.All(results, r => r.AssertExit(0));
        using (JsonDocument.Parse(results[2].Output)) { }

        InertOutput.AssertFolder(scratch.ReportFolder);
        InertOutput.AssertFolder(Path.Combine(scratch.Work, "compare"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(scratch.Work, "synthetic"), "*.csv"));
        WccProcess.Run("validate", Path.Combine(scratch.Work, "init")).AssertExit(0);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(scratch.Work, "schemas"), "*.json"));
    }

    [Theory]
    [InlineData("report", "{folder}", "--out", "")]
    [InlineData("compare", "{folder}", "--out", "")]
    [InlineData("synth", "--out", "")]
    [InlineData("init", "5PK", "--year", "2009-10", "--out", "")]
    [InlineData("schema", "--out", "")]
    [InlineData("report", "{folder}", "--templates", "")]
    [InlineData("score", "{folder}", "--benchmarks", "")]
    [InlineData("validate", "")]
    [InlineData("validate", "{folder}", " ")]
    [InlineData("init", "", "--year", "2009-10")]
    public void An_empty_value_where_a_folder_belongs_is_a_usage_error_that_writes_nothing(params string[] args)
    {
        using var scratch = new Scratch();
        var before = Directory.GetFileSystemEntries(scratch.Work, "*", SearchOption.AllDirectories).Length;
        var result = WccProcess.Run(
            new RunOptions(WorkingDirectory: scratch.Work),
            [.. args.Select(a => a.Replace("{folder}", scratch.Folder, StringComparison.Ordinal))]
        );
        result.AssertExit(2);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(scratch.Work, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_folder_name_that_is_not_utf8_is_named_as_such()
    {
        using var scratch = new Scratch();
        var result = WccProcess.Shell(
            """mkdir "$(printf 'bad\xff')" && cp -r pct/2009-10/. "$(printf 'bad\xff')" && """
                + """$WCC validate "$(printf 'bad\xff')"; code=$?; rm -rf "$(printf 'bad\xff')"; exit $code""",
            new RunOptions(WorkingDirectory: scratch.Work)
        );
        result.AssertExit(1);
        Assert.Contains("not valid UTF-8", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate {folder}")]
    [InlineData("score {folder} --format json")]
    [InlineData("score {folder}")]
    [InlineData("schema --out -")]
    public void A_full_standard_output_is_an_orderly_failure(string command)
    {
        using var scratch = new Scratch();
        var result = WccProcess.Shell(
            $"$WCC {command.Replace("{folder}", scratch.Folder, StringComparison.Ordinal)} > /dev/full",
            new RunOptions(WorkingDirectory: scratch.Work)
        );
        result.AssertOrderly();
        Assert.NotEqual(0, result.Code);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void An_unreadable_subfolder_is_reported_as_unreadable_not_as_an_output_failure()
    {
        Skip.If(OperatingSystem.IsWindows(), "file modes, setpriv and bash: the whole process suite is for Unix");

        using var scratch = new Scratch();
        File.SetUnixFileMode(scratch.PathOf("governance"), UnixFileMode.None);

        // As root every folder is readable, so the run drops to the unprivileged user, as a real author would be.
        var asUser = Environment.UserName == "root" ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
        var result = WccProcess.Shell($"{asUser}$WCC validate {scratch.Folder}", new RunOptions(WorkingDirectory: "/"));
        result
            .AssertExit(1)
            .AssertFinding(
                $"{scratch.Folder}/governance/board.yaml:1:1",
                "cannot read the folder governance: permission denied"
            );
        Assert.DoesNotContain("cannot write", result.Both, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init", "5PK\u001B[31m", "--year", "2009-10")]
    [InlineData("init", "5PK", "--year", "../../../etc")]
    [InlineData("init", "../5PK", "--year", "2009-10")]
    [InlineData("init", "5PK\n{work}/x.yaml:1:1: error: forged", "--year", "2009-10")]
    [InlineData("synth", "--count", "-1")]
    [InlineData("synth", "--count", "0")]
    [InlineData("synth", "--count", "99999999999")]
    [InlineData("synth", "--year", "\u202E01-9002")]
    [InlineData("compare", "{folder}", "--year", "1999-00")]
    [InlineData("compare", "{folder}", "--sha", "\u001B]0;title\u0007")]
    [InlineData("score", "{folder}", "--format", "xml")]
    [InlineData("report", "{folder}", "--out", "/proc/version")]
    [InlineData("schema", "--out", "/proc/version")]
    [InlineData("report", "{folder}", "--templates", "/nonexistent")]
    [InlineData("score", "{folder}", "--benchmarks", "/nonexistent.csv")]
    public void Hostile_values_on_the_command_line_end_in_an_orderly_failure(params string[] args)
    {
        using var scratch = new Scratch();
        var result = WccProcess.Run(
            new RunOptions(WorkingDirectory: scratch.Work),
            [
                .. args.Select(a =>
                    a.Replace("{folder}", scratch.Folder, StringComparison.Ordinal)
                        .Replace("{work}", scratch.Work, StringComparison.Ordinal)
                ),
            ]
        );
        result.AssertOrderly();
        Assert.NotEqual(0, result.Code);
        Assert.DoesNotContain(result.Lines, l => l.StartsWith(scratch.Work + "/x.yaml", StringComparison.Ordinal));
        Assert.False(File.Exists("/etc/wcc-2009-10"));
        Assert.Empty(scratch.TemporaryFiles());
    }

    [Theory]
    [InlineData("init", "{long}", "--year", "2009-10")]
    [InlineData("init", "5PK", "--year", "{long}")]
    [InlineData("synth", "--year", "{long}")]
    [InlineData("compare", "{folder}", "--sha", "{long}")]
    [InlineData("compare", "{folder}", "--year", "{long}")]
    public void A_message_never_echoes_a_value_longer_than_a_line(params string[] args)
    {
        using var scratch = new Scratch();
        var result = WccProcess.Run(
            new RunOptions(WorkingDirectory: scratch.Work),
            [
                .. args.Select(a =>
                    a.Replace("{folder}", scratch.Folder, StringComparison.Ordinal)
                        .Replace("{long}", new string('x', 3_000), StringComparison.Ordinal)
                ),
            ]
        );
        result.AssertOrderly();
        Assert.NotEqual(0, result.Code);
        Assert.All(result.Lines, line =>
            Assert.True(line.Length < 400, $"{line.Length} characters: {line[..Math.Min(200, line.Length)]}…")
        );
    }

    [Fact]
    public void A_compare_or_report_to_an_unwritable_place_leaves_nothing_half_written()
    {
        using var scratch = new Scratch();
        var blocker = Path.Combine(scratch.Work, "blocker");
        File.WriteAllText(blocker, "a file where a folder is needed");
        WccProcess.Run("report", scratch.Folder, "--out", Path.Combine(blocker, "out")).AssertExit(1);
        WccProcess.Run("compare", scratch.Folder, "--out", Path.Combine(blocker, "pack")).AssertExit(1);
        Assert.Empty(scratch.TemporaryFiles());
        Assert.Equal("a file where a folder is needed", File.ReadAllText(blocker));
    }
}
