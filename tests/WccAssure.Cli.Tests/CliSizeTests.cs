namespace WccAssure.Cli.Tests;

/// <summary>
/// The CLI binds options and prints, nothing more (issue 10). Logic that creeps into a command is repeated by the
/// next command and can only be tested through a whole run, so it belongs in Core, Reporting or Preview, where it
/// has unit tests. A budget on the CLI's source lines makes the creep visible in review.
/// </summary>
public class CliSizeTests
{
    /// <summary>The aim; the CLI stood at 869 lines when it was written.</summary>
    private const int Budget = 450;

    [Fact]
    public void The_command_line_project_stays_under_its_line_budget()
    {
        var project = Path.Combine(Wcc.Root, "src", "WccAssure.Cli");
        var files = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        var lines = files.ToDictionary(f => Path.GetRelativePath(project, f), f => File.ReadAllText(f).Count(c => c == '\n'));

        Assert.True(files.Count > 5, "the CLI's sources were not found");
        Assert.True(lines.Values.Sum() <= Budget,
            $"src/WccAssure.Cli has {lines.Values.Sum()} lines, over the budget of {Budget}: move what is not option binding or printing into a library\n"
            + string.Join("\n", lines.OrderByDescending(l => l.Value).Select(l => $"{l.Value,5} {l.Key}")));
    }
}
