using System.Text.RegularExpressions;
using WccAssure.Core.Text;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>What one run of wcc did, with the checks every hostile case makes.</summary>
internal sealed partial record ProcessResult(string Command, int Code, string Output, string Error, TimeSpan Elapsed)
{
    public string Both => Output + Error;

    public IEnumerable<string> Lines => Both.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IEnumerable<string> Findings => Lines.Where(l => LocatedFinding().IsMatch(l));

    /// <summary>
    /// Whatever the input: a planned exit code (0, 1 or 2; never 70, the internal error, nor a death by signal such
    /// as 134 for an abort or a stack overflow), no stack trace, and nothing that acts on a terminal.
    /// </summary>
    public ProcessResult AssertOrderly()
    {
        Assert.True(Code is 0 or 1 or 2, $"{Describe()}: exit code {Code} is not 0, 1 or 2");
        Assert.DoesNotContain("Unhandled exception", Both, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", Both, StringComparison.Ordinal);
        Assert.False(Lines.Any(l => l.StartsWith("   at ", StringComparison.Ordinal)), $"{Describe()}: stack trace");
        Assert.False(
            Both.Any(c => VisibleText.IsHiddenInReport(c) && c != '\r'),
            $"{Describe()}: a control or directional character reached the terminal"
        );
        return this;
    }

    public ProcessResult AssertExit(int code)
    {
        AssertOrderly();
        Assert.True(Code == code, $"{Describe()}: expected exit {code}");
        return this;
    }

    /// <summary>
    /// A finding starting with <paramref name="location"/> (file:line:column) whose message contains <paramref
    /// name="message"/>.
    /// </summary>
    public ProcessResult AssertFinding(string location, string message)
    {
        Assert.True(
            Findings.Any(f =>
                f.StartsWith(location + ": error: ", StringComparison.Ordinal)
                && f.Contains(message, StringComparison.Ordinal)
            ),
            $"{Describe()}: expected '{location}: error: …{message}…'"
        );
        return this;
    }

    /// <summary>
    /// Every line on standard error is a located finding or a `wcc:` message: nothing else, nothing forged.
    /// </summary>
    public ProcessResult AssertOnlyFindingsOnError()
    {
        Assert.All(Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line =>
            Assert.True(
                LocatedFinding().IsMatch(line)
                    || line.StartsWith("wcc: ", StringComparison.Ordinal)
                    || line.StartsWith("Run 'wcc --help'", StringComparison.Ordinal),
                $"{Describe()}: stderr line is neither a finding nor a wcc: message: {line}"
            )
        );
        return this;
    }

    public string Describe() =>
        $"wcc {Command} (exit {Code}, {Elapsed.TotalSeconds:0.0} s)\nstdout:\n{Cut(Output)}\nstderr:\n{Cut(Error)}";

    private static string Cut(string text) => text.Length <= 3000 ? text : text[..3000] + "…";

    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning): .+$")]
    public static partial Regex LocatedFinding();
}
