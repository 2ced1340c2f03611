using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using WccAssure.Cli.Commands;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Text;

namespace WccAssure.Cli;

/// <summary>
/// The `wcc` command line: parses arguments, runs one command, and turns every failure into an exit code.
/// </summary>
public static class WccApp
{
    /// <summary>Every command, once; the entry point reads it too, to prepare for the one being run.</summary>
    public static readonly IReadOnlyList<CommandEntry> Commands =
    [
        new("validate", ValidateCommand.Create, Scores: true),
        new("score", ScoreCommand.Create, Scores: true),
        new("report", ReportCommand.Create, Scores: true, Long: true),
        new("compare", CompareCommand.Create, Scores: true, Long: true),
        new("synth", SynthCommand.Create, Long: true),
        new("init", InitCommand.Create),
        new("schema", SchemaCommand.Create),
        new("orgs", OrgsCommand.Create),
        new("preview", PreviewCommand.Create, Scores: true, Long: true),
        new("diff", DiffCommand.Create, Scores: true),
        new("panel-sheet", PanelSheetCommand.Create),
        new("panel-apply", PanelApplyCommand.Create),
    ];

    public static int Run(string[] args, RunEnvironment environment, TextWriter output, TextWriter error)
    {
        args = args.Length == 0 ? ["--help"] : args;
        var root = new RootCommand(
            "WccAssure: score World Class Commissioning assessments and render panel-style reports."
        );
        var io = new CommandIo(output, error);
        var commands = Commands;

        // Only the command being run is built, so `wcc validate` never loads the report, PDF or spreadsheet code
        // (a cold start is mostly loading); help and mistyped commands still see them all.
        var chosen = commands.Where(c => c.Name == args[0]).ToList();
        if (CommandLineAdvice.UnknownCommand(args[0], [.. commands.Select(c => c.Name)]) is { } unknown)
        {
            Say.Lines([$"wcc: {unknown}", "Run 'wcc --help' for usage."], error);
            return ExitCodes.Usage;
        }

        foreach (var command in chosen.Count == 1 ? chosen : [.. commands])
        {
            root.Subcommands.Add(command.Create(io, environment));
        }

        var parsed = root.Parse(args);
        environment.Timings?.Mark("start and parse arguments");

        // Words the parser accepts but the user cannot have meant: a misspelt option (taken for a folder name), an
        // empty or control-character value. Tokens after "--" are names, whatever they look like.
        var tokens = parsed.Tokens;
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        var problems = parsed
            .Errors.Select(e =>
                CommandLineAdvice.Rephrase(
                    e.Message,
                    e.SymbolResult switch
                    {
                        OptionResult o => o.Option.Name,
                        ArgumentResult { Parent: OptionResult o } => o.Option.Name,
                        _ => null,
                    }
                )
            )
            .Concat(
                tokens
                    .TakeWhile(t => t.Type != TokenType.DoubleDash)
                    .Where(t => t.Type == TokenType.Argument)
                    .Select(t => CommandLineAdvice.UnknownOption(t.Value, options))
            )
            .Concat(
                tokens.Select(
                    (t, i) =>
                        t.Type != TokenType.Argument
                            ? null
                            : CommandLineAdvice.BadValue(
                                t.Value,
                                i > 0 && tokens[i - 1].Type == TokenType.Option ? tokens[i - 1].Value : null,
                                Expects(parsed, i > 0 ? tokens[i - 1].Value : null)
                            )
                )
            )
            .OfType<string>()
            .ToList();
        if (problems.Count > 0)
        {
            Say.Lines(problems.Select(p => $"wcc: {p}").Append("Run 'wcc --help' for usage."), error);
            return ExitCodes.Usage;
        }

        try
        {
            var code = parsed.Invoke(
                new InvocationConfiguration
                {
                    Output = output,
                    Error = error,
                    EnableDefaultExceptionHandler = false,
                }
            );
            output.Write(parsed.Action is System.CommandLine.Help.HelpAction ? CommandLineAdvice.HelpEpilogue : "");
            return code;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Output paths are the user's to choose: one that cannot be written is bad input, not a crash (a report
            // run names each folder it could not write itself; this covers init, synth and schema). Anything else is
            // the last resort: the user sees what failed, never a stack trace.
            var writing = e is IOException or UnauthorizedAccessException;
            error.WriteLine(
                VisibleText.ShortenQuoted(
                    writing ? $"wcc: cannot write the output: {e.Message}" : $"wcc: internal error: {e.Message}"
                )
            );
            return writing ? ExitCodes.InvalidInput : ExitCodes.Internal;
        }
    }

    /// <summary>What an option's value must be, for a message about an empty one.</summary>
    private static string Expects(ParseResult parsed, string? name) =>
        parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name) is not { } option
            ? "a folder or file name"
        : option.ValueType == typeof(int) ? "a whole number"
        : option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList() is { Count: > 0 } words
            ? "one of " + string.Join(", ", words)
        : "a folder or file name";
}
