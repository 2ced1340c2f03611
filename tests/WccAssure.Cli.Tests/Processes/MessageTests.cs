namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// What a finding may print: one line each, whatever the input held; invisible characters shown; a value echoed
/// short; a message that says what to write; and one error never hiding the others or being put in the wrong place.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class MessageTests
{
    [Fact]
    public void A_newline_and_escape_sequence_in_a_key_cannot_forge_a_finding_or_reach_the_terminal()
    {
        using var scratch = new Scratch();
        var forged = $"{scratch.Folder}/competencies/c02.yaml:1:1: error: forged";
        File.AppendAllText(scratch.PathOf("competencies/c01.yaml"), $"\"x\\n{forged}\\e[31m\\a\": 1\n");
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(1);
        Assert.DoesNotContain(result.Lines, l =>
            l.StartsWith($"{scratch.Folder}/competencies/c02.yaml", StringComparison.Ordinal)
        );
        Assert.Single(result.Findings);
        Assert.Contains("unknown key 'x\\n", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200B", "\\u200B")] // zero-width space
    [InlineData("\uFEFF", "\\uFEFF")] // byte order mark
    [InlineData("\0", "\\0")]
    [InlineData("\u202E", "\\u202E")] // right-to-left override: would reverse the rest of the line
    public void An_invisible_character_in_a_value_is_shown_escaped(string invisible, string shown)
    {
        using var scratch = new Scratch();
        scratch.DeclareSource();
        var line = scratch.MeasureA($"source: \"plan{Escape(invisible)} L1\"");
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(1);
        result.AssertFinding(
            scratch.At("competencies/c01.yaml", line, 13),
            $"source 'plan{shown}' is not declared in assessment.yaml"
        );
    }

    [Fact]
    public void A_quoted_number_gets_a_message_saying_to_write_it_without_quotes()
    {
        using var scratch = new Scratch();
        var line = scratch.MeasureA("self: \"3\"");
        WccProcess
            .Run("validate", scratch.Folder)
            .AssertExit(1)
            .AssertFinding(
                scratch.At("competencies/c01.yaml", line, 11),
                "found the text '3' in quotes: remove the quotes"
            );
    }

    [Theory]
    [InlineData("no", "write true or false (false here)")]
    [InlineData("yes", "write true or false (true here)")]
    [InlineData("\"true\"", "write it without quotes: true")]
    [InlineData("maybe", "write true or false")]
    public void A_yes_no_metric_written_another_way_gets_a_message_saying_what_to_write(string written, string message)
    {
        using var scratch = new Scratch();
        var line = scratch.MeasureA($"metrics: {{operating_deficit: {written}}}");
        WccProcess
            .Run("validate", scratch.Folder)
            .AssertExit(1)
            .AssertFinding(scratch.At("competencies/c01.yaml", line, 34), message);
    }

    [Fact]
    public void A_finding_never_echoes_a_value_longer_than_a_line()
    {
        using var scratch = new Scratch();
        var value = new string('v', 5_000);
        scratch.Replace("assessment.yaml", "status: self-assessment", $"status: {value}");
        // an explicit key: implicit ones stop at 1,024 characters
        File.AppendAllText(scratch.PathOf("competencies/c01.yaml"), $"? {value}\n: 1\n");
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(1);
        Assert.Equal(2, result.Findings.Count());
        Assert.All(result.Findings, f =>
            Assert.True(f.Length - scratch.Folder.Length < 400, $"{f.Length} characters: {f}")
        );
        Assert.All(result.Findings, f => Assert.Contains("v…'", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_values_for_one_period_of_a_series_are_reported_at_the_second()
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            """
            outcomes:
              - number: 1
                priority: national
                indicator: infant-mortality
                historic:
                  series:
                    - {period: 2006-07, value: 5.1}
                    - {period: 2007-08, value: 4.9}
                    - {period: 2007-08, value: 4.2}
            """
        );
        WccProcess
            .Run("validate", scratch.Folder)
            .AssertExit(1)
            .AssertFinding(scratch.At("outcomes.yaml", 12, 11), "already has a value for 2007-08 (line 11)");
    }

    [Fact]
    public void One_indicator_chosen_for_two_outcomes_is_reported_at_the_second()
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            """
            outcomes:
              - {number: 1, priority: national, indicator: infant-mortality}
              - {number: 2, priority: national, indicator: obesity-year6}
              - {number: 3, priority: local, indicator: infant-mortality}
            """
        );
        WccProcess
            .Run("validate", scratch.Folder)
            .AssertExit(1)
            .AssertFinding(
                scratch.At("outcomes.yaml", 7, 5),
                "indicator 'infant-mortality' is already chosen for outcome 1"
            );
    }

    [Theory]
    [InlineData("rationale: !!binary aGVsbG8=", 16, "!!binary")]
    [InlineData("self: !!int 3", 11, "!!int")]
    [InlineData("rationale: !custom text", 16, "!custom")]
    [InlineData("metrics: !!map {stakeholder_survey: 4}", 14, "!!map")]
    public void An_explicit_yaml_tag_is_a_finding_not_silently_dropped(string yaml, int column, string tag)
    {
        using var scratch = new Scratch();
        var line = scratch.MeasureA(yaml);
        WccProcess
            .Run("validate", scratch.Folder)
            .AssertExit(1)
            .AssertFinding(
                scratch.At("competencies/c01.yaml", line, column),
                $"YAML tags such as {tag} are not accepted"
            );
    }

    [Theory]
    [InlineData("organisation: 5PK", "organisation: ZZZ", "organisation 'ZZZ' is not in the register", 3, 15)]
    [InlineData("framework: wcc-2009-10", "framework: wcc-2099", "unknown framework 'wcc-2099'", 5, 12)]
    [InlineData("status: self-assessment", "status: draft", "'status' is 'draft'", 6, 9)]
    [InlineData("sources: []", "sources: [{id: plan}]", "a source is missing 'title'", 7, 11)]
    public void One_error_in_the_header_does_not_hide_the_findings_in_other_files(
        string from,
        string to,
        string message,
        int line,
        int column
    )
    {
        using var scratch = new Scratch();
        scratch.Replace("assessment.yaml", from, to);
        var level = scratch.MeasureA("self: 9");
        File.AppendAllText(scratch.PathOf("outcomes.yaml"), "unexpected: 1\n");
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(1);
        result.AssertFinding(scratch.At("assessment.yaml", line, column), message);
        result.AssertFinding(
            scratch.At("competencies/c01.yaml", level, 11),
            "'self' should be a whole number from 1 to 4, found 9"
        );
        result.AssertFinding(scratch.At("outcomes.yaml", 5, 1), "unknown key 'unexpected'");
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_the_duplicate()
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "assessment.yaml",
            "sources: []",
            """
            sources:
              - {id: plan, title: Plan}
              - {id: board, title: Board papers}
              - {id: plan, title: Plan again}
            figures:
              - {id: spend, name: Spend, value: 3}
              - {id: spend, name: Spend again, value: 2}
            """
        );
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(1);
        result.AssertFinding(
            scratch.At("assessment.yaml", 10, 5),
            "source 'plan' is used more than once (first at line 8)"
        );
        result.AssertFinding(
            scratch.At("assessment.yaml", 13, 5),
            "figure 'spend' is used more than once (first at line 12)"
        );
    }

    [Fact]
    public void An_assessment_in_a_folder_named_for_last_year_is_not_read_as_its_own_last_year()
    {
        using var scratch = new Scratch();
        var sibling = Path.Combine(Path.GetDirectoryName(scratch.Folder)!, "2008-09");
        Directory.CreateDirectory(Path.Combine(sibling, "competencies"));
        Directory.CreateDirectory(Path.Combine(sibling, "governance"));
        foreach (var file in Directory.GetFiles(scratch.Folder, "*.yaml", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(sibling, Path.GetRelativePath(scratch.Folder, file)));
        }

        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(0);
        Assert.Contains(
            "holds an assessment for 2009-10; it was not used as last year's assessment",
            result.Output,
            StringComparison.Ordinal
        );
    }

    private static string Escape(string invisible) => invisible == "\0" ? "\\0" : $"\\u{(int)invisible[0]:X4}";
}
