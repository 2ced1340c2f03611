namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Mistakes whose messages were the parser's or misleading: each must say plainly what is wrong and how to fix it,
/// echo no value whole, and exit in an orderly way.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class PlainMessageTests
{
    private static readonly string Long = new('x', 100_000);

    [Theory]
    [InlineData("port-text", "takes a whole number, not 'text'")]
    [InlineData("audience-empty", "give one of")]
    [InlineData("orgs-long", "no organisation in the register matches")]
    [InlineData("diff-same", "'a' is given twice")]
    [InlineData("diff-same-written-two-ways", "are the same folder")]
    [InlineData("report-out-long", "characters)")]
    public void A_mistake_on_the_command_line_is_said_plainly_and_shortly(string shape, string message)
    {
        using var scratch = new Scratch("a");
        var parent = Path.GetDirectoryName(scratch.Folder)!;
        var result = shape switch
        {
            "port-text" => WccProcess.Run("preview", scratch.Folder, "--port", "text"),
            "audience-empty" => WccProcess.Run("report", scratch.Folder, "--audience", ""),
            "orgs-long" => WccProcess.Run("orgs", Long),
            "diff-same" => WccProcess.Run(new RunOptions(WorkingDirectory: parent), "diff", "a", "a"),
            "diff-same-written-two-ways" => WccProcess.Run(
                new RunOptions(WorkingDirectory: parent),
                "diff",
                "a",
                "./a/"
            ),
            _ => WccProcess.Run("report", scratch.Folder, "--out", Path.Combine(scratch.Work, new string('y', 5_000))),
        };
        result.AssertOrderly().AssertOnlyFindingsOnError();
        Assert.NotEqual(0, result.Code);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", result.Both, StringComparison.Ordinal);
        Assert.DoesNotContain("folder or file name", result.Both, StringComparison.Ordinal);
        Assert.DoesNotContain("No changes", result.Both, StringComparison.Ordinal);
        Assert.True(result.Both.Length < 2_000, $"{result.Describe()}: a value was echoed whole");
    }

    [Fact]
    public void Text_that_is_not_utf8_matches_no_organisation()
    {
        var result = WccProcess.Shell("$WCC orgs $'wigan\\xff'");
        result.AssertOrderly();
        Assert.Equal(1, result.Code);
        Assert.Contains("not UTF-8", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Wigan", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nul-in-comment")]
    [InlineData("outcome-numbers")]
    [InlineData("notes-file")]
    [InlineData("evidence-list")]
    public void An_input_mistake_is_a_located_finding_that_says_what_it_is(string shape)
    {
        using var scratch = new Scratch();
        string location,
            message;
        string target = scratch.Folder;
        switch (shape)
        {
            case "nul-in-comment":
                scratch.Replace("competencies/c01.yaml", "competency: c01", "competency: c01 # a\0b");
                (location, message) = (
                    scratch.At("competencies/c01.yaml", 3, 20).Split(":3:")[0] + ":3:",
                    "a NUL character"
                );
                break;
            case "outcome-numbers":
                scratch.Replace(
                    "outcomes.yaml",
                    "outcomes: []",
                    "outcomes:\n  - {number: 100, priority: local, indicator: infant-mortality}\n"
                        + "  - {number: 200, priority: local, indicator: cvd-mortality}"
                );
                (location, message) = ($"{scratch.Folder}/outcomes.yaml:", "whole number from 1 to 99");
                break;
            case "notes-file":
                scratch.Write("notes.txt", "my notes");
                target = scratch.PathOf("notes.txt");
                (location, message) = ($"{target}:1:1", "not an assessment file");
                break;
            default:
                scratch.Replace(
                    "competencies/c01.yaml",
                    "  a:\n    evidence: []\n",
                    "  a:\n    evidence:\n" + string.Concat(Enumerable.Repeat("      - {text: a, source: x}\n", 600))
                );
                (location, message) = ($"{scratch.Folder}/competencies/c01.yaml:", "the limit is 500");
                break;
        }

        foreach (
            var result in new[]
            {
                WccProcess.Run("validate", target),
                WccProcess.Run("report", target, "--out", scratch.Out),
            }
        )
        {
            result.AssertExit(1).AssertOnlyFindingsOnError();
            Assert.Contains(result.Findings, f =>
                f.StartsWith(location, StringComparison.Ordinal)
                && f.Contains(": error: ", StringComparison.Ordinal)
                && f.Contains(message, StringComparison.Ordinal)
            );
            Assert.DoesNotContain("outcome number '0'", result.Both, StringComparison.Ordinal);
            Assert.DoesNotContain("does not fit the lines above", result.Both, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(scratch.Out));
    }
}
