using System.Security.Cryptography;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// An output folder that is, or holds, the assessment being read, or holds the user's own files. wcc replaces an
/// output folder as a whole, so it only replaces one holding nothing but files named as its outputs; anything else
/// is a refusal (exit 1) that names the folder and deletes nothing.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class OutputFolderTests
{
    [Theory]
    [InlineData("report-out-is-input")]
    [InlineData("report-compare-holds-input")]
    [InlineData("compare-out-is-input")]
    [InlineData("compare-out-holds-input")]
    public void An_output_folder_that_is_or_holds_the_input_is_refused_and_the_input_kept(string shape)
    {
        using var scratch = new Scratch("south-staffordshire-pct-2009-10");
        var before = Snapshot(scratch.Work);
        var parent = Path.GetDirectoryName(scratch.Folder)!;
        var result = shape switch
        {
            "report-out-is-input" => WccProcess.Run("report", scratch.Folder, "--out", parent),
            "report-compare-holds-input" => WccProcess.Run(
                "report",
                scratch.Folder,
                "--out",
                scratch.Out,
                "--compare",
                parent
            ),
            "compare-out-is-input" => WccProcess.Run("compare", scratch.Folder, "--out", scratch.Folder),
            _ => WccProcess.Run("compare", scratch.Folder, "--out", parent),
        };
        result.AssertExit(1).AssertOnlyFindingsOnError();
        Assert.Contains("the assessment folder", result.Error, StringComparison.Ordinal);
        Assert.Contains("outside the assessments", result.Error, StringComparison.Ordinal);
        if (Directory.Exists(scratch.Out))
        {
            InertOutput.AssertFolder(scratch.Out);
        }

        // Everything that was there is there, byte for byte; only the reports' own folder may have been added.
        var after = Snapshot(scratch.Work);
        Assert.All(before, entry => Assert.Equal(entry.Value, after.GetValueOrDefault(entry.Key)));
        Assert.All(after.Keys.Except(before.Keys), added => Assert.StartsWith("out/", added, StringComparison.Ordinal));
        Assert.Empty(scratch.TemporaryFiles());
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("drafts/")]
    [InlineData("report.html -> link")]
    public void A_report_folder_holding_what_wcc_did_not_write_is_kept(string foreign)
    {
        using var scratch = new Scratch();
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);
        var mine = Path.Combine(scratch.ReportFolder, foreign.Split(' ')[0].TrimEnd('/'));
        if (foreign.EndsWith('/'))
        {
            Directory.CreateDirectory(mine);
            File.WriteAllText(Path.Combine(mine, "a.md"), "mine");
        }
        else if (foreign.Contains("->", StringComparison.Ordinal))
        {
            File.Delete(mine);
            File.WriteAllText(Path.Combine(scratch.Work, "elsewhere.html"), "mine");
            File.CreateSymbolicLink(mine, Path.Combine(scratch.Work, "elsewhere.html"));
        }
        else
        {
            File.WriteAllText(mine, "mine");
        }

        var before = Snapshot(scratch.Work);
        var again = WccProcess.Run("report", scratch.Folder, "--out", scratch.Out);
        again.AssertExit(1).AssertOnlyFindingsOnError();
        Assert.Contains("holds what wcc did not write", again.Error, StringComparison.Ordinal);
        Assert.Contains(foreign.Split(' ')[0], again.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(scratch.Work));
        Assert.Empty(scratch.TemporaryFiles());
    }

    [Fact]
    public void A_folder_of_wccs_own_outputs_is_still_replaced_whole()
    {
        using var scratch = new Scratch();
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);

        // A PDF of an earlier run with --pdf is wcc's own: a run without --pdf replaces the folder and it goes.
        File.WriteAllText(Path.Combine(scratch.ReportFolder, "report.pdf"), "%PDF-1.7 earlier");
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);
        Assert.Equal(
            ["provenance.html", "provenance.md", "report.html", "report.md", "scorecard.csv"],
            Directory.GetFileSystemEntries(scratch.ReportFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
    }

    /// <summary>
    /// Every file below the folder (links not followed) and a hash of its bytes, by path relative to it.
    /// </summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        new DirectoryInfo(folder)
            .EnumerateFileSystemInfos(
                "*",
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }
            )
            .Concat(
                new DirectoryInfo(folder)
                    .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true })
                    .Where(e => e.LinkTarget is not null)
            )
            .DistinctBy(e => e.FullName)
            .ToDictionary(
                e =>
                    Path.GetRelativePath(folder, e.FullName).Replace('\\', '/')
                    + (e is DirectoryInfo && e.LinkTarget is null ? "/" : ""),
                e =>
                    e.LinkTarget is { } target ? "-> " + target
                    : e is FileInfo file ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))
                    : ""
            );
}
