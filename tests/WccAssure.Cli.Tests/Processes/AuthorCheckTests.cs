namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Mistakes an author makes that were accepted or misplaced: a file in the wrong place, a tab, a misspelt measure
/// letter or command, an implausible date; and what `wcc` alone and `--help` tell a newcomer.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class AuthorCheckTests
{
    [Fact]
    public void A_stray_competency_file_and_a_misplaced_governance_file_are_named_with_where_they_belong()
    {
        using var scratch = new Scratch();
        File.Move(scratch.PathOf("competencies/c01.yaml"), scratch.PathOf("c01.yaml"));
        File.Move(scratch.PathOf("governance/finance.yaml"), scratch.PathOf("competencies/finance.yaml"));
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(ExitCodes.InvalidInput);
        Assert.Contains(
            $"{scratch.Folder}/c01.yaml:1:1: error: this file belongs in competencies/: move it to "
                + $"competencies/c01.yaml",
            result.Lines
        );
        Assert.Contains(
            $"{scratch.Folder}/competencies/finance.yaml:1:1: error: this file belongs in governance/: move it to "
                + $"governance/finance.yaml",
            result.Lines
        );
    }

    [Fact]
    public void A_misnamed_competencies_folder_is_named_with_the_name_it_needs()
    {
        using var scratch = new Scratch();
        Directory.Move(scratch.PathOf("competencies"), scratch.PathOf("competency"));
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(ExitCodes.InvalidInput);
        Assert.Contains(
            $"{scratch.Folder}/competency:1:1: error: the folder 'competency' is not read: the competency files "
                + $"belong in competencies/; rename it to competencies",
            result.Lines
        );
    }

    [Fact]
    public void A_tab_before_a_key_is_reported_on_the_line_it_is_on()
    {
        using var scratch = new Scratch();
        var line = scratch.MeasureA("self: 2");
        scratch.Replace(
            "competencies/c01.yaml",
            "    self: 2\n    evidence: []",
            "    self: 2\n\trationale: \"x\"\n    evidence: []"
        );
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            [
                $"{scratch.Folder}/competencies/c01.yaml:{line + 1}:1: error: a tab is used to indent this line; YAML "
                    + $"allows only spaces: indent with spaces",
            ],
            result.Findings
        );
    }

    [Fact]
    public void A_doubled_measure_letter_is_one_mistake_with_the_measure_it_was_meant_to_be()
    {
        using var scratch = new Scratch();
        var text = File.ReadAllText(scratch.PathOf("competencies/c01.yaml"));
        scratch.Write("competencies/c01.yaml", text.Replace("  b:\n", "  bb:\n", StringComparison.Ordinal));
        var line = text[..text.IndexOf("  b:\n", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            [$"{scratch.Folder}/competencies/c01.yaml:{line}:3: error: unknown measure 'bb'; did you mean 'b'?"],
            result.Findings
        );
    }

    [Fact]
    public void An_outcome_period_after_the_year_and_a_panel_date_years_away_are_located_findings()
    {
        using var scratch = new Scratch();
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            "outcomes:\n  - number: 1\n    priority: national\n    indicator: infant-mortality\n"
                + "    historic: {series: [{period: \"2005\", value: 5}, {period: \"2019\", value: 4}]}"
        );
        scratch.Replace(
            "assessment.yaml",
            "status: self-assessment\n",
            "status: self-assessment\npanelDate: 2012-05\n"
        );
        var result = WccProcess.Run("validate", scratch.Folder).AssertExit(ExitCodes.InvalidInput);
        Assert.Contains(
            $"{scratch.Folder}/outcomes.yaml:8:53: error: the series point's period 2019 is after the assessment year "
                + $"2009-10: it holds a value already measured; check the year",
            result.Lines
        );
        Assert.Contains(
            $"{scratch.Folder}/assessment.yaml:7:12: warning: panelDate 2012-05 is far from the assessment year "
                + $"2009-10: its panels sat between 2009-04 and 2010-12; check the date",
            result.Lines
        );
    }

    [Theory]
    [InlineData("valdiate", "wcc: unknown command 'valdiate'; did you mean 'validate'?")]
    [InlineData("scroe", "wcc: unknown command 'scroe'; did you mean 'score'?")]
    [InlineData(
        "frobnicate",
        "wcc: unknown command 'frobnicate' (commands: validate, score, report, compare, synth, init, schema, orgs, "
            + "preview, diff"
    )]
    public void A_misspelt_command_gets_the_command_it_was_meant_to_be(string typed, string message)
    {
        var result = WccProcess.Run(typed, "assessments").AssertExit(ExitCodes.Usage);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.EndsWith("\nRun 'wcc --help' for usage.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Wcc_alone_prints_help_which_ends_with_the_exit_codes_and_environment_variables()
    {
        var alone = WccProcess.Run().AssertExit(ExitCodes.Success);
        var help = WccProcess.Run("--help").AssertExit(ExitCodes.Success);
        Assert.Equal(help.Output, alone.Output);
        Assert.Contains("\nCommands:\n", alone.Output, StringComparison.Ordinal);
        Assert.Contains(
            "\nExit codes:\n  0   success\n  1   the input has errors (findings printed), or an output cannot be "
                + "written\n",
            help.Output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n  70  wcc itself failed, said in one line (a defect: please report it)\n",
            help.Output,
            StringComparison.Ordinal
        );
        foreach (var variable in new[] { "WCC_SEEDS", "WCC_CHROMIUM", "WCC_TIMINGS=1", "WCC_TIMINGS_ASSEMBLIES=1" })
        {
            Assert.Contains("\n  " + variable + " ", help.Output, StringComparison.Ordinal);
        }

        Assert.Contains(
            "\nEnvironment:\n",
            WccProcess.Run("validate", "--help").AssertExit(ExitCodes.Success).Output,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Init_writes_per_measure_what_each_level_and_rating_needs_with_its_tags_and_metric_ids()
    {
        using var scratch = new Scratch();
        var folder = Path.Combine(scratch.Work, "bolton");
        WccProcess.Run("init", "5HQ", "--year", "2009-10", "--out", folder).AssertExit(ExitCodes.Success);
        var c01 = File.ReadAllText(Path.Combine(folder, "competencies", "c01.yaml"));
        Assert.Contains(
            "  #   level 2: The PCT holds and uses visible leadership roles in the local health system.\n"
                + "  #     needs: the PCT is shown to hold and use local NHS leadership roles (one evidence item "
                + "tagged in-practice)\n  #   level 3: Key stakeholders agree that the PCT leads the local NHS.\n"
                + "  #     needs: a key stakeholder survey score of at least 4.5 out of 6 (respondents agree) "
                + "(metrics: stakeholder_survey >= 4.5)\n",
            c01,
            StringComparison.Ordinal
        );
        var finance = File.ReadAllText(Path.Combine(folder, "governance", "finance.yaml"));
        Assert.Contains(
            "  # 2. Robust financial management\n"
                + "  #   green needs: an auditors' Use of Resources score of at least 3 (metrics: use_of_resources >= "
                + "3)\n  #   amber needs: an auditors' Use of Resources score of at least 2 (metrics: "
                + "use_of_resources >= 2)\n  robust-financial-management:\n",
            finance,
            StringComparison.Ordinal
        );
        WccProcess.Run("validate", folder).AssertExit(ExitCodes.Success);
    }
}
