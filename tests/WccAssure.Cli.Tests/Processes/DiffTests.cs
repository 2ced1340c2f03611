using System.Text.Json;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>`wcc diff` as an author and a panel run it: two drafts of a year, two years, and what it refuses.</summary>
[Trait(Tier.Name, Tier.Slow)]
public class DiffTests
{
    private static string Stockport => Path.Combine(Wcc.Root, "assessments", "stockport");

    [Fact]
    public void Two_drafts_of_one_year_show_the_changed_rating_where_it_is_written()
    {
        using var scratch = new Scratch();
        var original = Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10");
        var draft = Path.Combine(scratch.Work, "draft", "2009-10");
        Scratch.CopyInto(original, draft);
        var c01 = Path.Combine(draft, "competencies", "c01.yaml");
        var text = File.ReadAllText(c01);
        var at = text.IndexOf("    self: {level: 3", StringComparison.Ordinal);
        Assert.True(at >= 0, "the fixture's c01 has no self level 3");
        File.WriteAllText(c01, text[..at] + "    self: {level: 4" + text[(at + "    self: {level: 3".Length)..]);
        var line = text[..at].Count(c => c == '\n') + 1;

        var result = WccProcess.Run("diff", original, draft).AssertExit(ExitCodes.Success);
        Assert.StartsWith(
            "South Staffordshire PCT (5PK): 2009-10 → 2009-10\n",
            result.Output,
            StringComparison.Ordinal
        );
        Assert.Contains($": self 3* → 4* — {c01}:{line}:", result.Output, StringComparison.Ordinal);
        Assert.EndsWith(
            " * reconstructed by a person; † computed by wcc; – not rated.\n",
            result.Output,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_organisation_folder_with_two_years_is_diffed_year_on_year_in_text_and_json()
    {
        var text = WccProcess.Run("diff", Stockport).AssertExit(ExitCodes.Success);
        Assert.StartsWith("Stockport PCT (5F7): 2008-09 → 2009-10\n", text.Output, StringComparison.Ordinal);
        Assert.Contains(
            "\n  11a Measuring and understanding efficiency and effectiveness of spend: new in the later assessment's "
                + "framework — ",
            text.Output,
            StringComparison.Ordinal
        );

        var json = WccProcess.Run("diff", Stockport, "--format", "json").AssertExit(ExitCodes.Success);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("2009-10", document.RootElement.GetProperty("after").GetProperty("year").GetString());
        Assert.True(document.RootElement.GetProperty("count").GetInt32() > 10);
    }

    [Fact]
    public void A_changed_rationale_metric_and_outcome_are_each_listed_and_no_changes_means_none_at_all()
    {
        using var scratch = new Scratch();
        var original = Path.Combine(Wcc.Root, "assessments", "stockport", "2009-10");
        var draft = Path.Combine(scratch.Work, "draft", "2009-10");
        Scratch.CopyInto(original, draft);
        var c01 = Path.Combine(draft, "competencies", "c01.yaml");
        var outcomes = Path.Combine(draft, "outcomes.yaml");
        File.WriteAllText(
            c01,
            File.ReadAllText(c01)
                .Replace("The strategy states a vision", "The strategy sets out a vision", StringComparison.Ordinal)
        );
        File.WriteAllText(
            outcomes,
            File.ReadAllText(outcomes)
                .Replace(
                    "{period: \"2005-06\", value: 1000,",
                    "{period: \"2005-06\", value: 1100,",
                    StringComparison.Ordinal
                )
        );

        var copy = Path.Combine(scratch.Work, "copy", "2009-10");
        Scratch.CopyInto(original, copy);
        var same = WccProcess.Run("diff", original, copy).AssertExit(ExitCodes.Success);
        Assert.EndsWith(
            "\nNo changes. * reconstructed by a person; † computed by wcc; – not rated.\n",
            same.Output,
            StringComparison.Ordinal
        );

        var result = WccProcess.Run("diff", original, draft).AssertExit(ExitCodes.Success);
        Assert.Contains(
            "\n  1a Reputation as the local leader of the NHS:\n    rationale \"The strategy states a vision for …\" "
                + "→ \"The strategy sets out a vision for …\" — ",
            result.Output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"\n  12 Avoidable admissions: respiratory: series 2005-06: 1000 → 2005-06: 1100 — {outcomes}:",
            result.Output,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "\n2 changes. * reconstructed by a person; † computed by wcc; – not rated.\n",
            result.Output,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Two_organisations_or_one_assessment_are_refused_as_bad_usage()
    {
        var two = WccProcess
            .Run(
                "diff",
                Path.Combine(Stockport, "2009-10"),
                Path.Combine(Wcc.Root, "assessments", "trafford", "2008-09")
            )
            .AssertExit(ExitCodes.Usage);
        Assert.Contains(
            "wcc: diff compares two assessments of one organisation: ",
            two.Error,
            StringComparison.Ordinal
        );
        Assert.Equal("", two.Output);

        var one = WccProcess.Run("diff", Path.Combine(Stockport, "2009-10")).AssertExit(ExitCodes.Usage);
        Assert.Contains(
            "wcc: diff compares two assessments (two folders, or an organisation folder holding two years); found 1",
            one.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_side_that_does_not_validate_gives_its_findings_and_no_diff()
    {
        var broken = Path.Combine(Wcc.Root, "tests", "fixtures", "broken");
        var result = WccProcess
            .Run("diff", broken, Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10"))
            .AssertExit(ExitCodes.InvalidInput);
        Assert.NotEmpty(result.Findings);
        Assert.Equal("", result.Output);
    }
}
