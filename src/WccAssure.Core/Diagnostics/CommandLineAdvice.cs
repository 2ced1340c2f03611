using System.Globalization;
using System.Text.RegularExpressions;
using WccAssure.Core.Text;

namespace WccAssure.Core.Diagnostics;

/// <summary>
/// What is wrong with one word of a command line that the parser accepts but the user cannot have meant. Each is
/// bad usage (exit 2), said before anything is read or written.
/// </summary>
public static partial class CommandLineAdvice
{
    /// <summary>
    /// A word that looks like an option the command does not have (a misspelt --fromat). The parser takes it for
    /// a folder name, which would then be reported as bad input; a negative number is a value, not an option.
    /// </summary>
    public static string? UnknownOption(string word, IEnumerable<string> options) =>
        word.Length <= 1
        || word[0] != '-'
        || double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? null
        : Suggestions.DidYouMean(word, options) is { } advice ? $"unknown option '{word}'; {advice}"
        : $"unknown option '{word}' (write a folder whose name starts with '-' as ./{word})";

    /// <summary>
    /// A value given to <paramref name="option"/> (null: a bare argument) that is never meant. An empty string
    /// ("$UNSET" expanded to nothing) would mean the current folder to the file system: `--out ""` would write
    /// reports among the user's files. A control character would be echoed into messages, where a newline would
    /// start a forged line of output.
    /// </summary>
    public static string? BadValue(string value, string? option, string expects = "a folder or file name")
    {
        if (value.Trim().Length == 0)
        {
            return option is null
                ? "an argument is an empty string; give a folder name"
                : $"option '{option}' is given an empty value; give {expects}";
        }

        return value.Any(char.IsControl)
            ? $"{(option is null ? "an argument" : $"option '{option}'")} holds a control character: "
                + $"'{VisibleText.Shorten(VisibleText.ForMessage(value))}'"
            : null;
    }

    /// <summary>
    /// A first word that is not a command (`wcc valdiate`): the parser would list every word it could not place;
    /// the user needs the command they meant, or the list of commands. An option (--help, --version) is not one.
    /// </summary>
    public static string? UnknownCommand(string word, IReadOnlyList<string> commands) =>
        word.StartsWith('-') || commands.Contains(word) ? null
        : Suggestions.DidYouMean(word, commands) is { } advice
            ? $"unknown command '{VisibleText.Shorten(VisibleText.ForMessage(word))}'; {advice}"
        : $"unknown command '{VisibleText.Shorten(VisibleText.ForMessage(word))}' "
            + $"(commands: {string.Join(", ", commands)})";

    /// <summary>What help ends with: what each exit code means and the environment variables wcc reads.</summary>
    public const string HelpEpilogue = """
        Exit codes:
          0   success
          1   the input has errors (findings printed), or an output cannot be written
          2   the command line is wrong (an unknown command or option, a value that matches nothing)
          70  wcc itself failed, said in one line (a defect: please report it)

        Environment:
          WCC_SEEDS                 the seeds/ folder (frameworks, organisation register, benchmarks) to read
          WCC_CHROMIUM              the Chromium (or Chrome) program that prints PDFs
          WCC_TIMINGS=1             print how long each stage took, to standard error
          WCC_TIMINGS_ASSEMBLIES=1  also name the assemblies loaded

        """;

    /// <summary>
    /// The parser's own message said for a person: a .NET type name ("expected type 'System.Int32'") means nothing
    /// to one, and a value is echoed shortened, never whole. Null for a complaint <see cref="BadValue"/> makes
    /// better (an empty value). <paramref name="option"/> is the option the message is about, when known.
    /// </summary>
    public static string? Rephrase(string message, string? option)
    {
        if (CannotParse().Match(message) is { Success: true } parse)
        {
            var what = parse.Groups["type"].Value is "System.Int32" or "System.Int64"
                ? "a whole number"
                : "a value of another kind";
            return $"{parse.Groups["where"].Value} '{parse.Groups["name"].Value}' takes {what}, not "
                + $"'{Show(parse.Groups["value"].Value)}'";
        }

        if (NotOneOf().Match(message) is { Success: true } choice)
        {
            var words = string.Join(", ", choice.Groups["word"].Captures.Select(c => c.Value));
            return choice.Groups["value"].Value.Trim().Length == 0
                ? null
                : $"{(option is null ? "" : $"option '{option}': ")}'{Show(choice.Groups["value"].Value)}' is not one "
                    + $"of {words}; give one of them";
        }

        return Quoted().Replace(message, m => $"'{Show(m.Groups[1].Value)}'");
    }

    /// <summary>
    /// A value as a message may show it: its invisible characters made visible, and cut to a readable length.
    /// </summary>
    public static string Show(string value) => VisibleText.Shorten(VisibleText.ForMessage(value));

    [GeneratedRegex(
        @"^Cannot parse argument '(?<value>.*)' for (?<where>option|command) '(?<name>[^']*)' "
            + @"as expected type '(?<type>[^']*)'\.$",
        RegexOptions.Singleline
    )]
    private static partial Regex CannotParse();

    [GeneratedRegex(
        @"^Argument '(?<value>.*)' not recognized\. Must be one of:(\s*'(?<word>[^']*)')*\s*$",
        RegexOptions.Singleline
    )]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"'([^']{41,})'", RegexOptions.Singleline)]
    private static partial Regex Quoted();
}
