namespace WccAssure.Cli.Tests;

/// <summary>
/// The CLI binds options and prints, nothing more (issue 10). Logic that creeps into a command is repeated by the
/// next command and can only be tested through a whole run, so it belongs in Core, Reporting or Preview, where it
/// has unit tests. A budget on the CLI's source lines makes the creep visible in review.
/// </summary>
public class CliSizeTests
{
    /// <summary>
    /// The aim was 450 lines for the nine commands of the time (the CLI stood at 869): fifty lines a command,
    /// option binding and printing included. A new command brings its own binding, so the budget is per command;
    /// logic creeping into a command still shows, as that command outgrows its share.
    /// </summary>
    // 50 lines a command in the layout of the time; CSharpier's layout at 120 columns (a line an argument where
    // a call does not fit) made the same code about 60 % longer, so 80 here. The character budget below does not
    // move with the layout.
    private const int LinesPerCommand = 80;

    /// <summary>
    /// Lines alone reward long lines, and a formatter that wraps them would break the budget without a change of
    /// substance, so the characters are counted too, without the indentation a formatter owns. The commands stood at
    /// about 2,260 a command when this was set (issue 23).
    /// </summary>
    private const int CharactersPerCommand = 2_400;

    /// <summary>
    /// Files that are the CLI's by nature rather than a command's, each held to lines of its own instead of the
    /// commands' budget: the entry point, the one place the process's environment variables and working folder are
    /// read into the run's environment (issue 23), and the progress bars, terminal UI moved out of Reporting.
    /// </summary>
    private static readonly Dictionary<string, int> EdgeBudgets = new()
    {
        ["Program.cs"] = 60,
        ["WriteProgress.cs"] = 60,
    };

    /// <summary>
    /// The slim native wcc's hand-over to wcc-render (issue 21): Handover.cs, its call at the top of Program.cs and
    /// the five-line guard in each of the five commands that render. It is no command's logic, so it has its own.
    /// </summary>
    private const int HandoverLines = 70;

    /// <summary>The hand-over's characters, at the commands' own density of about 35 characters a line.</summary>
    private const int HandoverCharacters = 2_400;

    [Fact]
    public void The_command_line_project_stays_under_its_line_budget()
    {
        var project = Path.Combine(Wcc.Root, "src", "WccAssure.Cli");
        var all = Directory
            .EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")
            )
            .ToList();
        var edge = all.Where(f => EdgeBudgets.ContainsKey(Path.GetRelativePath(project, f))).ToList();
        var files = all.Except(edge).ToList();
        var lines = files.ToDictionary(
            f => Path.GetRelativePath(project, f),
            f => File.ReadAllText(f).Count(c => c == '\n')
        );
        var characters = files.Sum(f => File.ReadLines(f).Sum(line => line.Trim().Length));

        var commands = files.Count(f => f.EndsWith("Command.cs", StringComparison.Ordinal));
        var budget = (LinesPerCommand * commands) + HandoverLines;
        Assert.True(
            files.Count > 5 && commands >= 10 && edge.Count == EdgeBudgets.Count,
            "the CLI's sources were not found"
        );
        Assert.All(edge, f =>
            Assert.True(
                File.ReadAllText(f).Count(c => c == '\n') <= EdgeBudgets[Path.GetFileName(f)],
                $"{Path.GetFileName(f)} is over its own budget of {EdgeBudgets[Path.GetFileName(f)]} lines"
            )
        );
        Assert.True(
            lines.Values.Sum() <= budget,
            $"src/WccAssure.Cli has {lines.Values.Sum()} lines, over the budget of {budget} for {commands} commands: "
                + $"move what is not option binding or printing into a library\n"
                + string.Join("\n", lines.OrderByDescending(l => l.Value).Select(l => $"{l.Value, 5} {l.Key}"))
        );
        var characterBudget = (CharactersPerCommand * commands) + HandoverCharacters;
        Assert.True(
            characters <= characterBudget,
            $"src/WccAssure.Cli has {characters:N0} characters besides indentation, over the budget of "
                + $"{characterBudget:N0} for {commands} commands: move what is not option binding or "
                + "printing into a library"
        );
    }
}
