namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// A run whose every assessment is refused has nothing to put in a pack or a report: it says why, exits 1 and leaves
/// what an earlier run wrote exactly as it was, never an empty pack ("0 organisations") in place of a good one.
/// `wcc compare` and `wcc report --compare` make their pack one way, so both are held to it.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class RefusedRunTests
{
    [Theory]
    [InlineData("report", "twin")]
    [InlineData("report", "broken")]
    [InlineData("compare", "twin")]
    [InlineData("compare", "broken")]
    public void Every_assessment_refused_leaves_the_earlier_output_byte_identical(string command, string refusal)
    {
        using var scratch = new Scratch();
        var pack = Path.Combine(scratch.Work, "pack");
        WccProcess.Run(Args(command, scratch, pack, scratch.Folder)).AssertExit(0);
        Assert.True(File.Exists(Path.Combine(pack, "compare.html")));
        var before = Files(scratch.Work);

        var inputs = Refuse(scratch, refusal);
        var result = WccProcess.Run(Args(command, scratch, pack, inputs)).AssertExit(1).AssertOnlyFindingsOnError();
        Assert.Empty(result.Output);
        Assert.NotEmpty(result.Findings);
        if (refusal == "twin")
        {
            Assert.Contains("is also assessed in", result.Error, StringComparison.Ordinal);
            var summary = $"wcc: 2 of 2 assessment(s) could not be scored (findings above): {inputs[0]}, {inputs[1]}\n";
            Assert.EndsWith(summary, result.Error, StringComparison.Ordinal);
        }

        var after = Files(scratch.Work);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.SequenceEqual(after[file.Key]), $"{file.Key} changed"));
        Assert.Empty(scratch.TemporaryFiles());
    }

    private static string[] Args(string command, Scratch scratch, string pack, params string[] folders) =>
        command == "report"
            ? ["report", .. folders, "--out", scratch.Out, "--compare", pack]
            : ["compare", .. folders, "--out", pack];

    /// <summary>A rerun's folders, all refused: the assessment and its copy, or the assessment broken.</summary>
    private static string[] Refuse(Scratch scratch, string refusal)
    {
        if (refusal == "twin")
        {
            var twin = Path.Combine(scratch.Work, "twin", "2009-10");
            Scratch.CopyInto(scratch.Folder, twin);
            return [scratch.Folder, twin];
        }

        File.WriteAllText(scratch.PathOf("governance/board.yaml"), "area: board\nmeasures: {a: [\n");
        return [scratch.Folder];
    }

    /// <summary>Every output file (not the assessments) by its path inside the work folder, with its bytes.</summary>
    private static Dictionary<string, byte[]> Files(string work) =>
        Directory
            .EnumerateFiles(work, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(work, f))
            .Where(f => f.Split(Path.DirectorySeparatorChar)[0] is not ("pct" or "twin"))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(work, f)));
}
