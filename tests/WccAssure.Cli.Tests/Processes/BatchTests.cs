using System.Runtime.Versioning;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// A national run reads a hundred and fifty folders: one PCT's bad text must never stop the others. Their reports
/// (and the pack) are written, the run exits 1, and the failing folder is named with its located findings.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class BatchTests
{
    [Theory]
    [InlineData("deep-markdown")]
    [InlineData("overflowing-series")]
    [InlineData("broken-yaml")]
    public void One_assessment_failing_never_stops_the_others_of_a_batch(string breakage)
    {
        using var bad = new Scratch();
        using var good = new Scratch();
        // Stockport, so the two reports have their own folders
        good.Replace("assessment.yaml", "organisation: 5PK", "organisation: 5F7");
        var at = breakage switch
        {
            "deep-markdown" => bad.Rationale(string.Concat(Enumerable.Repeat("> ", 130)) + "deep"),
            "overflowing-series" => Series(bad),
            _ => Broken(bad),
        };
        var pack = Path.Combine(good.Work, "pack");
        var report = WccProcess
            .Run("report", bad.Folder, good.Folder, "--out", good.Out, "--compare", pack)
            .AssertExit(1);
        report.AssertFinding(at, "");
        Assert.Contains(
            bad.Folder,
            report.Error.Split('\n').Last(l => l.StartsWith("wcc: ", StringComparison.Ordinal)),
            StringComparison.Ordinal
        );
        var written = Assert.Single(Directory.GetDirectories(good.Out));
        Assert.StartsWith("stockport", Path.GetFileName(written), StringComparison.Ordinal);
        InertOutput.AssertFolder(written);
        InertOutput.AssertFolder(pack);
        Assert.Empty(good.TemporaryFiles());

        var json = WccProcess.Run("score", bad.Folder, good.Folder, "--format", "json").AssertExit(1);
        json.AssertFinding(at, "");
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        InertOutput.AssertText("score.json", json.Output);

        WccProcess.Run("validate", bad.Folder, good.Folder).AssertExit(1).AssertFinding(at, "");
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void A_compare_that_cannot_be_written_replaces_nothing_of_the_last_pack()
    {
        Skip.If(OperatingSystem.IsWindows(), "setpriv and file modes: the process suite is for Unix");

        using var scratch = new Scratch();
        var packs = Path.Combine(scratch.Work, "packs");
        var pack = Path.Combine(packs, "compare");
        WccProcess.Run("compare", scratch.Folder, "--out", pack).AssertExit(0);
        // A pack that already holds exactly what a run would write is left alone; this one differs, so the run must
        // write, and cannot.
        File.AppendAllText(Path.Combine(pack, "league.csv"), "an earlier run's row\n");
        var before = Directory.GetFiles(pack).ToDictionary(f => f, File.ReadAllBytes);

        // A second run by a user who may read but not write the folder: the whole pack is staged beside it first, so
        // failing there must leave every file of the last pack as it was.
        var asUser = Environment.UserName == "root" ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
        File.SetUnixFileMode(packs, (UnixFileMode)0b111_101_101);
        scratch.Replace("competencies/c01.yaml", "  a:\n    evidence: []", "  a:\n    self: 4\n    evidence: []");
        var result = WccProcess.Shell(
            $"chmod -R a+rX {scratch.Work}; {asUser}$WCC compare {scratch.Folder} --out {pack}",
            new RunOptions(WorkingDirectory: "/")
        );
        Skip.If(
            asUser.Length == 0 && result.Code == 0,
            "not root, and the folder is the user's own: nothing to refuse"
        );

        result.AssertExit(1);
        Assert.Contains("wcc: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(pack).Order());
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
        Assert.Empty(scratch.TemporaryFiles());
    }

    private static string Series(Scratch scratch)
    {
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            """
            outcomes:
              - number: 1
                priority: national
                indicator: infant-mortality
                historic:
                  series:
                    - {period: 2006-07, value: 1e-300}
                    - {period: 2007-08, value: 1e300}
            """
        );
        return scratch.At("outcomes.yaml", 10, 9);
    }

    private static string Broken(Scratch scratch)
    {
        File.WriteAllText(scratch.PathOf("governance/board.yaml"), "area: board\nmeasures: {a: [\n");
        return scratch.At("governance/board.yaml", 2, 15);
    }
}
