namespace WccAssure.Cli;

/// <summary>
/// A `wcc` command: its name and what builds it. <paramref name="Scores"/>: it reads the seeds, so they are read
/// while the command line is parsed. <paramref name="Long"/>: it runs long enough for code generated at run time
/// (compiled regular expressions, expression trees) to earn its cost.
/// </summary>
public sealed record CommandEntry(
    string Name,
    Func<CommandIo, RunEnvironment, Command> Create,
    bool Scores = false,
    bool Long = false
);
