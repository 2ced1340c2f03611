using System.CommandLine;
using System.CommandLine.Parsing;
using WccAssure.Cli.Commands;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Cli;

/// <summary>The `wcc` command line: parses arguments, runs one command, and turns every failure into an exit code.</summary>
public static class WccApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("WccAssure: score World Class Commissioning assessments and render panel-style reports.");
        var io = new CommandIo(output, error);
        (string Name, Func<CommandIo, Command> Create)[] commands =
        [
            ("validate", ValidateCommand.Create), ("score", ScoreCommand.Create), ("report", ReportCommand.Create),
            ("compare", CompareCommand.Create), ("synth", SynthCommand.Create), ("init", InitCommand.Create),
            ("schema", SchemaCommand.Create), ("orgs", OrgsCommand.Create), ("preview", PreviewCommand.Create),
        ];

        // Only the command being run is built, so `wcc validate` never loads the report, PDF or spreadsheet code
        // (a cold start is mostly loading); help and mistyped commands still see them all.
        var chosen = args.Length > 0 ? commands.Where(c => c.Name == args[0]).ToList() : [];
        foreach (var (_, create) in chosen.Count == 1 ? chosen : [.. commands])
        {
            root.Subcommands.Add(create(io));
        }

        var parsed = root.Parse(args);
        StageTimer.Mark("start and parse arguments");

        // System.CommandLine takes an unknown option (a misspelt --fromat) for a folder name, which would then be
        // reported as bad input (exit 1); it is bad usage (exit 2). Tokens after "--" are names, whatever they look like.
        var unknownOptions = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-'
                && !double.TryParse(t.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(t => Core.Diagnostics.Suggestions.DidYouMean(t.Value, parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))) is { } advice
                ? $"unknown option '{t.Value}'; {advice}"
                : $"unknown option '{t.Value}' (write a folder whose name starts with '-' as ./{t.Value})");
        var problems = parsed.Errors.Select(e => e.Message).Concat(unknownOptions).Concat(EmptyValues(parsed)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"wcc: {problem}");
            }

            error.WriteLine("Run 'wcc --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Output paths are the user's to choose; one that cannot be written is bad input, not a crash.
            // (A report run names each folder it could not write itself; this covers init, synth and schema.)
            error.WriteLine($"wcc: cannot write the output: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last resort: the user sees what failed, never a stack trace.
            error.WriteLine($"wcc: internal error: {e.Message}");
            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// A control character in a value is never meant (and would be echoed into messages).
    /// An empty string where a folder or file belongs ("$UNSET" expanded to nothing) would mean the current folder
    /// to the file system: `--out ""` would write reports among the user's files. It is bad usage, named.
    /// </summary>
    private static IEnumerable<string> EmptyValues(ParseResult parsed)
    {
        var tokens = parsed.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Argument)
            {
                continue;
            }

            var what = i > 0 && tokens[i - 1].Type == TokenType.Option ? $"option '{tokens[i - 1].Value}'" : "an argument";
            if (tokens[i].Value.Trim().Length == 0)
            {
                yield return what == "an argument"
                    ? "an argument is an empty string; give a folder name"
                    : $"{what} is given an empty value; give a folder or file name";
            }
            else if (tokens[i].Value.Any(char.IsControl))
            {
                // A newline in a value echoed by a message would start a forged line of output.
                yield return $"{what} holds a control character: '{Core.Text.VisibleText.Shorten(Core.Text.VisibleText.ForMessage(tokens[i].Value))}'";
            }
        }
    }
}

/// <summary>Where commands write: injected so tests can capture it.</summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error);
