using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Tests;

public class CommandLineAdviceTests
{
    private static readonly string[] Options = ["--out", "--format", "--benchmarks"];

    [Theory]
    [InlineData("valdiate", "unknown command 'valdiate'; did you mean 'validate'?")]
    [InlineData("dif", "unknown command 'dif'; did you mean 'diff'?")]
    [InlineData("xyzzy", "unknown command 'xyzzy' (commands: validate, score, diff)")]
    [InlineData("validate", null)]
    [InlineData("--help", null)]
    public void A_first_word_that_is_not_a_command_gets_the_command_meant(string word, string? advice) =>
        Assert.Equal(advice, CommandLineAdvice.UnknownCommand(word, ["validate", "score", "diff"]));

    [Fact]
    public void A_misspelt_option_is_named_with_the_option_meant()
    {
        var advice = CommandLineAdvice.UnknownOption("--fromat", Options);
        Assert.NotNull(advice);
        Assert.StartsWith("unknown option '--fromat'; ", advice, StringComparison.Ordinal);
        Assert.Contains("--format", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_like_nothing_known_says_how_to_name_such_a_folder()
    {
        Assert.Equal(
            "unknown option '-zzzzzz' (write a folder whose name starts with '-' as ./-zzzzzz)",
            CommandLineAdvice.UnknownOption("-zzzzzz", Options)
        );
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("-1.5e2")]
    [InlineData("-")]
    [InlineData("assessments/alw")]
    public void Numbers_a_lone_dash_and_names_are_not_options(string word) =>
        Assert.Null(CommandLineAdvice.UnknownOption(word, Options));

    [Fact]
    public void Empty_values_are_bad_usage_where_a_folder_belongs()
    {
        Assert.Equal("an argument is an empty string; give a folder name", CommandLineAdvice.BadValue(" ", null));
        Assert.Equal(
            "option '--out' is given an empty value; give a folder or file name",
            CommandLineAdvice.BadValue("", "--out")
        );
    }

    [Fact]
    public void A_control_character_in_a_value_is_named_escaped()
    {
        Assert.Equal("option '--out' holds a control character: 'a\\nb'", CommandLineAdvice.BadValue("a\nb", "--out"));
        Assert.StartsWith(
            "an argument holds a control character",
            CommandLineAdvice.BadValue("x\u001By", null),
            StringComparison.Ordinal
        );
        Assert.Null(CommandLineAdvice.BadValue("out/reports", "--out"));
    }
}
