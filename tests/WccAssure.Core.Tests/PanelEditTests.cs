using WccAssure.Core.Panel;

namespace WccAssure.Core.Tests;

/// <summary>
/// The panel's values written into a file's text where they stand (wcc panel-apply): only the value changes, every
/// other byte (comments, quoting, order, blank lines, line endings) stays as it was.
/// </summary>
public class PanelEditTests
{
    private static string Apply(string text, params MeasureEdit[] edits)
    {
        var (edited, problems) = YamlInPlaceEditor.Apply("c01.yaml", text, edits);
        Assert.Empty(problems);
        return edited!;
    }

    [Fact]
    public void A_plain_rating_is_replaced_in_its_own_span_and_a_comment_after_it_stays()
    {
        const string text =
            "competency: c01\nmeasures:\n  a:\n    self: 3\n    panel: 2   # agreed on the day\n    rationale: "
            + "'kept'\n";
        Assert.Equal(
            "competency: c01\nmeasures:\n  a:\n    self: 3\n    panel: 4   # agreed on the day\n    rationale: "
                + "'kept'\n",
            Apply(text, new MeasureEdit("a", "4", null))
        );
    }

    [Fact]
    public void A_reconstructed_rating_the_panel_changed_becomes_a_plain_stated_value()
    {
        const string text =
            "measures:\n  b:\n    panel: {level: 2, provenance: reconstructed, note: \"lost {glyph}\"}\n    lastYear: "
            + "2\n";
        Assert.Equal("measures:\n  b:\n    panel: 3\n    lastYear: 2\n", Apply(text, new MeasureEdit("b", "3", null)));

        const string block =
            "measures:\n  b:\n    panel:\n      rating: red\n      provenance: reconstructed\n      note: lost\n    # "
            + "next\n    lastYear: red\n";
        Assert.Equal(
            "measures:\n  b:\n    panel: amber\n    # next\n    lastYear: red\n",
            Apply(block, new MeasureEdit("b", "amber", null))
        );
    }

    [Fact]
    public void A_rationale_with_a_line_break_and_quotes_is_written_as_one_double_quoted_scalar()
    {
        const string text = "measures:\n  a:\n    rationale: \"old\"\n    source: panel-report L1\n";
        Assert.Equal(
            "measures:\n  a:\n    rationale: \"She said \\\"yes\\\".\\nThen: no \\\\ maybe\"\n    source: "
                + "panel-report L1\n",
            Apply(text, new MeasureEdit("a", null, "She said \"yes\".\nThen: no \\ maybe"))
        );
    }

    [Fact]
    public void A_block_scalar_rationale_is_replaced_and_keeps_the_line_break_that_ended_it()
    {
        const string text = "measures:\n  a:\n    rationale: |\n      one\n      two\n\n    source: x\n";
        Assert.Equal(
            "measures:\n  a:\n    rationale: \"new\"\n\n    source: x\n",
            Apply(text, new MeasureEdit("a", null, "new"))
        );
    }

    [Fact]
    public void Missing_keys_are_inserted_as_one_line_each_after_the_ratings_at_their_siblings_indentation()
    {
        const string text =
            "measures:\n  a:\n    self: {level: 3, provenance: reconstructed, note: n}\n    lastYear: 2\n    "
            + "evidence: []\n";
        Assert.Equal(
            "measures:\n  a:\n    self: {level: 3, provenance: reconstructed, note: n}\n    panel: 2\n    lastYear: "
                + "2\n    rationale: \"why\"\n    evidence: []\n",
            Apply(text, new MeasureEdit("a", "2", "why"))
        );
    }

    [Fact]
    public void A_measure_with_neither_rating_gets_both_before_its_first_key_under_its_comments()
    {
        const string text = "measures:\n  # a. Reputation\n  a:\n    evidence: []\n  b:\n    evidence: []\n";
        Assert.Equal(
            "measures:\n  # a. Reputation\n  a:\n    panel: 1\n    rationale: \"r\"\n    evidence: []\n  b:\n    "
                + "evidence: []\n",
            Apply(text, new MeasureEdit("a", "1", "r"))
        );
    }

    [Fact]
    public void An_empty_measure_gets_its_values_on_the_lines_below_its_key()
    {
        Assert.Equal(
            "measures:\n  a:\n    panel: 2\n  b: {}\n",
            Apply("measures:\n  a:\n  b: {}\n", new MeasureEdit("a", "2", null))
        );
        Assert.Equal("measures:\n  a: \n    panel: 2\n", Apply("measures:\n  a: ~\n", new MeasureEdit("a", "2", null)));
    }

    [Fact]
    public void Windows_line_endings_a_missing_final_line_break_and_other_characters_are_kept()
    {
        Assert.Equal(
            "measures:\r\n  a:\r\n    self: 3 # £ — é\r\n    panel: 4\r\n    evidence: []\r\n",
            Apply("measures:\r\n  a:\r\n    self: 3 # £ — é\r\n    evidence: []\r\n", new MeasureEdit("a", "4", null))
        );
        Assert.Equal(
            "measures:\n  a:\n    self: 3\n    panel: 4",
            Apply("measures:\n  a:\n    self: 3", new MeasureEdit("a", "4", null))
        );
    }

    [Fact]
    public void A_measure_written_in_braces_cannot_take_a_new_key_and_says_so_where_it_is()
    {
        var (edited, problems) = YamlInPlaceEditor.Apply(
            "c01.yaml",
            "measures:\n  a: {self: 3}\n",
            [new MeasureEdit("a", "2", null)]
        );
        Assert.Null(edited);
        Assert.Equal(
            "c01.yaml:2:6: error: this measure is written on one line in braces; write it as a block (a key a line) "
                + "so the panel's values can be added",
            Assert.Single(problems).ToString()
        );
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("tab\there\u2028and\u0001", "\"tab\\there\\u2028and\\x01\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"=HYPERLINK(\\\"x\\\")\"")]
    public void Quoted_text_reads_back_as_itself(string text, string quoted)
    {
        Assert.Equal(quoted, YamlQuoted.Of(text));
        var (edited, _) = YamlInPlaceEditor.Apply(
            "c01.yaml",
            "measures:\n  a:\n    rationale: x\n",
            [new MeasureEdit("a", null, text)]
        );
        var sink = new Diagnostics.FindingSink();
        var root = (Yaml.YamlMapping)Yaml.YamlTreeReader.Read("c01.yaml", edited!, sink)!;
        Assert.Equal(
            text,
            ((Yaml.YamlScalar)((Yaml.YamlMapping)((Yaml.YamlMapping)root["measures"]!)["a"]!)["rationale"]!).Value
        );
    }
}
