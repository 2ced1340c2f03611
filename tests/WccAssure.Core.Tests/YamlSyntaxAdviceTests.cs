using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Tests;

/// <summary>
/// YAML syntax errors in plain words, at the line of the real mistake rather than where the parser gave up.
/// </summary>
public class YamlSyntaxAdviceTests
{
    private static string Read(string text)
    {
        var sink = new FindingSink();
        Assert.Null(YamlTreeReader.Read("c.yaml", text, sink));
        return Assert.Single(sink.Findings).ToString();
    }

    [Theory]
    [InlineData(
        "competency: c05\nmeasures:\n  a:\n\tself: 2\n",
        "c.yaml:4:1: error: a tab is used to indent this line; YAML allows only spaces: indent with spaces"
    )]
    [InlineData(
        "competency: c05\nmeasures:\n  a:\n    self: 2\n  b:\n  \tself: 3\n",
        "c.yaml:6:3: error: a tab is used to indent this line; YAML allows only spaces: indent with spaces"
    )]
    [InlineData(
        "competency: c05\nmeasures:\n  a:\n    self: 2\n  b\n    self: 3\n",
        "c.yaml:5:4: error: missing colon after 'b': write 'b:'"
    )]
    [InlineData(
        "competency: c05\nmeasures:\n  a:\n    self: 2\n  b\n",
        "c.yaml:5:4: error: missing colon after 'b': write 'b:'"
    )]
    [InlineData(
        "competency: c05\nmeasures:\n  a:\n    self 2\n    rationale: Good\n",
        "c.yaml:4:9: error: missing colon after 'self': write 'self: 2'"
    )]
    [InlineData(
        "competency: c05\nmeasures:\n  a:\n    self: 2\n    rationale Good work\n    source: x\n",
        "c.yaml:5:14: error: missing colon after 'rationale': write 'rationale: Good work'"
    )]
    [InlineData(
        "measures:\n  a:\n    evidence:\n      - text: foo\n       tags: [x]\n",
        "c.yaml:5:8: error: 'tags' is indented 7 spaces; line it up with 'text' on line 4 (8 spaces)"
    )]
    [InlineData(
        "measures:\n  a:\n    evidence:\n      - text: foo\n         tags: [x]\n",
        "c.yaml:5:10: error: 'tags' is indented 9 spaces; line it up with 'text' on line 4 (8 spaces)"
    )]
    [InlineData(
        "measures:\n  a:\n    evidence:\n      - text: foo\n     - text: bar\n",
        "c.yaml:5:6: error: this list item's '-' is indented 5 spaces; line it up with '-' on line 4 (6 spaces)"
    )]
    [InlineData(
        "measures:\n  a:\n    evidence:\n      - text: foo\n        - text: bar\n",
        "c.yaml:5:9: error: this list item's '-' is indented 8 spaces; line it up with '-' on line 4 (6 spaces)"
    )]
    [InlineData(
        "measures:\n  a:\n    self: 2\n     panel: 3\n",
        "c.yaml:4:6: error: 'panel' is indented 5 spaces; line it up with 'self' on line 3 (4 spaces)"
    )]
    [InlineData(
        "measures:\n  a:\n    self: 2\n   panel: 3\n",
        "c.yaml:4:4: error: 'panel' is indented 3 spaces; line it up with 'self' on line 3 (4 spaces)"
    )]
    [InlineData(
        "competency: c01\nmeasures:\n  a:\n    evidence: [\n  b: {evidence: []}\n",
        "c.yaml:4:15: error: the '[' here is never closed: add ']'"
    )]
    public void The_real_mistake_is_named_in_plain_words_where_it_is(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Fact]
    public void A_long_value_wrapped_over_lines_is_not_taken_for_a_mistake()
    {
        var sink = new FindingSink();
        Assert.NotNull(
            YamlTreeReader.Read(
                "c.yaml",
                "measures:\n  a:\n    rationale: a long\n      wrapped text\n    self: 2\n",
                sink
            )
        );
        Assert.Empty(sink.Findings);
    }

    [Fact]
    public void A_syntax_error_in_one_file_does_not_hide_the_findings_of_the_others()
    {
        var folder = ValidationTests.CopyOfValid();
        FixAdviceTests.Edit(folder, "competencies/c05.yaml", "  b:\n", "  b\n");
        FixAdviceTests.Edit(folder, "competencies/c01.yaml", "  a:\n    evidence: []", "  a:\n    rationle: x");
        var findings = new AssessmentLoader(Repo.Seeds)
            .Load(folder)
            .Findings.Select(f => f.ToString().Replace(folder + "/", "", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(
            "competencies/c01.yaml:11:5: error: unknown key 'rationle' in measure 'a'; did you mean 'rationale'?",
            findings
        );
        Assert.Contains(findings, f =>
            f.StartsWith("competencies/c05.yaml:", StringComparison.Ordinal)
            && f.EndsWith("missing colon after 'b': write 'b:'", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_syntax_error_in_assessment_yaml_does_not_hide_the_syntax_errors_of_the_other_files()
    {
        var folder = ValidationTests.CopyOfValid();
        FixAdviceTests.Edit(folder, "assessment.yaml", "status: self-assessment", "status self-assessment");
        FixAdviceTests.Edit(folder, "competencies/c05.yaml", "  b:\n", "\tb:\n");
        var findings = new AssessmentLoader(Repo.Seeds)
            .Load(folder)
            .Findings.Select(f => f.ToString().Replace(folder + "/", "", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(findings, f =>
            f.StartsWith("assessment.yaml:", StringComparison.Ordinal)
            && f.Contains("missing colon after 'status'", StringComparison.Ordinal)
        );
        Assert.Contains(findings, f =>
            f.StartsWith("competencies/c05.yaml:", StringComparison.Ordinal)
            && f.Contains("indent with spaces", StringComparison.Ordinal)
        );
    }
}
