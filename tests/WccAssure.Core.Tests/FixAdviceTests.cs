using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Tests;

/// <summary>
/// Findings that say how to fix the mistake: the nearest known word, the case of a rating, the quotes round a number.
/// </summary>
public class FixAdviceTests
{
    [Theory]
    [InlineData("rationle", "rationale")]
    [InlineData("stakeholder-feedbak", "stakeholder-feedback")]
    [InlineData("evidnece", "evidence")]
    [InlineData("Rationale", "rationale")]
    public void The_nearest_known_word_is_suggested(string typed, string meant) =>
        Assert.Equal(
            [meant],
            Suggestions.Nearest(typed, ["self", "panel", "rationale", "evidence", "stakeholder-feedback", "source"])
        );

    [Theory]
    [InlineData("colour")]
    [InlineData("zzz")]
    [InlineData("")]
    public void A_word_far_from_every_known_one_gets_no_suggestion(string typed) =>
        Assert.Empty(Suggestions.Nearest(typed, ["self", "panel", "rationale", "evidence", "c12"]));

    [Fact]
    public void A_swap_of_neighbouring_letters_is_one_edit() =>
        Assert.Equal(1, Suggestions.Distance("rationael", "rationale"));

    [Theory]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    rationle: Strong leadership\n    evidence: []",
        "competencies/c01.yaml:11:5: error: unknown key 'rationle' in measure 'a'; did you mean 'rationale'?"
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    evidence:\n      - text: Survey\n        tags: [stakeholder-feedbak]\n        source: panel-report "
            + "L3",
        "competencies/c01.yaml:13:16: error: unknown evidence tag 'stakeholder-feedbak'; did you mean "
            + "'stakeholder-feedback'?"
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    metrics: {stakeholder_survy: 4.2}",
        "competencies/c01.yaml:11:15: error: unknown metric 'stakeholder_survy'; did you mean 'stakeholder_survey'?"
    )]
    [InlineData(
        "governance/finance.yaml",
        "  planning-assumptions:",
        "  planning-assumption:",
        "governance/finance.yaml:16:3: error: unknown measure 'planning-assumption'; did you mean "
            + "'planning-assumptions'?"
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    source: pannel-report L3\n    rationale: x",
        "competencies/c01.yaml:11:13: error: source 'pannel-report' is not declared in assessment.yaml; did you mean "
            + "'panel-report'?"
    )]
    [InlineData(
        "competencies/c01.yaml",
        "  a:\n    evidence: []",
        "  a:\n    self: \"2\"",
        "competencies/c01.yaml:11:11: error: 'self' should be a number, found the text '2' in quotes: remove the quotes"
    )]
    [InlineData(
        "governance/finance.yaml",
        "  planning-assumptions:\n    evidence: []",
        "  planning-assumptions:\n    self: Gren",
        "governance/finance.yaml:17:11: error: 'self' is 'Gren', which is not one of: red, amber, green; did you mean "
            + "'green'?"
    )]
    public void Each_slip_gets_one_finding_that_says_how_to_fix_it(string file, string from, string to, string expected)
    {
        var folder = WithSource(ValidationTests.CopyOfValid());
        Edit(folder, file, from, to);
        var finding = Assert.Single(new AssessmentLoader(Repo.Seeds).Load(folder).Findings);
        Assert.Equal(expected, finding.ToString().Replace(folder + "/", "", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_indicator_names_the_nearest_one()
    {
        var folder = ValidationTests.CopyOfValid();
        File.WriteAllText(
            Path.Combine(folder, "outcomes.yaml"),
            "outcomes:\n  - number: 1\n    priority: national\n    indicator: smoking-quiters\n    historic: {cagr: "
                + "1.0}\n"
        );
        var finding = Assert.Single(new AssessmentLoader(Repo.Seeds).Load(folder).Findings);
        Assert.Equal(
            "outcomes.yaml:4:16: error: unknown indicator 'smoking-quiters'; did you mean 'smoking-quitters'?",
            finding.ToString().Replace(folder + "/", "", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_misnamed_competency_file_names_the_file_it_was_meant_to_be()
    {
        var folder = ValidationTests.CopyOfValid();
        File.Move(Path.Combine(folder, "competencies", "c01.yaml"), Path.Combine(folder, "competencies", "c01.yml"));
        var findings = new AssessmentLoader(Repo.Seeds)
            .Load(folder)
            .Findings.Select(f => f.ToString().Replace(folder + "/", "", StringComparison.Ordinal));
        Assert.Contains(
            "competencies/c01.yml:1:1: error: not a file of this framework; did you mean 'c01.yaml'?",
            findings
        );
    }

    [Theory]
    [InlineData("Green")]
    [InlineData("GREEN")]
    [InlineData("green")]
    public void A_rating_is_read_in_any_letter_case(string written)
    {
        var folder = ValidationTests.CopyOfValid();
        Edit(
            folder,
            "governance/finance.yaml",
            "  planning-assumptions:\n    evidence: []",
            $"  planning-assumptions:\n    self: {written}"
        );
        var loaded = new AssessmentLoader(Repo.Seeds).Load(folder);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        Assert.Equal(
            Model.Rag.Green,
            loaded
                .Assessment!.Governance.Single(g => g.AreaId == "finance")
                .Measures.Single(m => m.Id == "planning-assumptions")
                .Self!.Value
        );
    }

    private static string WithSource(string folder)
    {
        Edit(folder, "assessment.yaml", "sources: []", "sources:\n  - {id: panel-report, title: The panel report}");
        return folder;
    }

    internal static void Edit(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
