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
            ("schema", SchemaCommand.Create), ("orgs", OrgsCommand.Create), ("preview", PreviewCommand.Create), ("diff", DiffCommand.Create),
            ("panel-sheet", PanelSheetCommand.Create), ("panel-apply", PanelApplyCommand.Create),
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

        // Words the parser accepts but the user cannot have meant: a misspelt option (taken for a folder name), an
        // empty or control-character value. Tokens after "--" are names, whatever they look like.
        var tokens = parsed.Tokens;
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        var problems = parsed.Errors.Select(e => e.Message)
            .Concat(tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).Where(t => t.Type == TokenType.Argument).Select(t => CommandLineAdvice.UnknownOption(t.Value, options)))
            .Concat(tokens.Select((t, i) => t.Type != TokenType.Argument ? null
                : CommandLineAdvice.BadValue(t.Value, i > 0 && tokens[i - 1].Type == TokenType.Option ? tokens[i - 1].Value : null)))
            .OfType<string>().ToList();
        if (problems.Count > 0)
        {
            Say.Lines(problems.Select(p => $"wcc: {p}").Append("Run 'wcc --help' for usage."), error);
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Output paths are the user's to choose: one that cannot be written is bad input, not a crash (a report
            // run names each folder it could not write itself; this covers init, synth and schema). Anything else is
            // the last resort: the user sees what failed, never a stack trace.
            var writing = e is IOException or UnauthorizedAccessException;
            error.WriteLine(writing ? $"wcc: cannot write the output: {e.Message}" : $"wcc: internal error: {e.Message}");
            return writing ? ExitCodes.InvalidInput : ExitCodes.Internal;
        }
    }
}

/// <summary>Where commands write: injected so tests can capture it.</summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error);
