using System.Text.Json;
using WccAssure.Core.Changes;
using WccAssure.Core.Contracts;
using WccAssure.Core.Model;

namespace WccAssure.Core.Tests;

/// <summary>
/// `wcc diff`: what changed between two versions of one organisation's assessment, marked as the reports mark values.
/// </summary>
public sealed class AssessmentChangesTests : IDisposable
{
    private readonly string draft = Path.Combine(
        Path.GetTempPath(),
        "wcc-diff-" + Guid.NewGuid().ToString("N"),
        "2009-10"
    );

    public AssessmentChangesTests() => Repo.CopyOf("assessments/south-staffordshire/2009-10", draft);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(draft)!, recursive: true);

    [Fact]
    public void An_assessment_compared_with_itself_has_no_changes()
    {
        var score = Repo.Score("assessments/south-staffordshire/2009-10");
        var (changes, problem) = AssessmentChanges.Between([score, score]);
        Assert.Null(problem);
        Assert.Equal(0, changes!.Count);
        Assert.EndsWith(
            "\nNo changes. * reconstructed by a person; † computed by wcc; – not rated.\n",
            ChangesText.Write(changes),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_edited_draft_shows_each_changed_rating_level_and_evidence_item_with_its_provenance()
    {
        Edit(
            "competencies/c01.yaml",
            "    panel: {level: 3, provenance: reconstructed, note: \"Reconstruction: the panel glyph was lost (L332).",
            "    panel: {level: 4, source: panel-report L338, note: \""
        );
        Edit(
            "competencies/c01.yaml",
            "      - text: \"The PCT's chief executive leads the Local Area Agreement Board.\"\n        tags: "
                + "[partnership, in-practice]\n        source: panel-report L338\n",
            ""
        );
        Edit("governance/finance.yaml", "    panel: green\n", "    panel: amber\n", once: true);
        var governanceEvidence = File.ReadAllText(Path.Combine(draft, "governance", "finance.yaml"))
            .Split('\n')
            .First(l => l.TrimStart().StartsWith("- text: \"", StringComparison.Ordinal));
        Edit(
            "governance/finance.yaml",
            governanceEvidence,
            governanceEvidence.Replace("- text: \"", "- text: \"Edited: ", StringComparison.Ordinal),
            once: true
        );

        var (changes, problem) = AssessmentChanges.Between([
            Repo.Score("assessments/south-staffordshire/2009-10"),
            Repo.ScoreAt(draft),
        ]);
        Assert.Null(problem);
        var c01a = Assert.Single(changes!.Values, c => c.Section == ChangeSection.Competencies && c.Aspect == "panel");
        Assert.Equal("1a Reputation as the local leader of the NHS", c01a.Subject);
        Assert.Equal(new ChangedValue("3", ProvenanceKind.Reconstructed), c01a.Before);
        Assert.Equal(new ChangedValue("4", ProvenanceKind.Stated), c01a.After);
        Assert.Equal(Path.Combine(draft, "competencies", "c01.yaml") + ":6:12", c01a.Where!.ToString());

        var mean = Assert.Single(changes.Values, c =>
            c.Section == ChangeSection.CompetencyScores && c.Aspect == "panel"
        );
        Assert.Equal(ProvenanceKind.Computed, mean.After!.Provenance);

        var finance = Assert.Single(changes.Values, c => c.Section == ChangeSection.Governance && c.Aspect == "panel");
        Assert.Equal(("Green", "Amber"), (finance.Before!.Text, finance.After!.Text));

        var removed = Assert.Single(changes.Evidence, e => e.Subject.StartsWith("1a ", StringComparison.Ordinal));
        Assert.False(removed.Added);
        Assert.Equal("The PCT's chief executive leads the Local Area Agreement Board.", removed.Text);
        var edited = changes.Evidence.Where(e => e.Subject.StartsWith("Finance ", StringComparison.Ordinal)).ToList();
        Assert.Equal([true, false], edited.Select(e => e.Added));
        Assert.StartsWith("Edited: ", edited[0].Text, StringComparison.Ordinal);
        Assert.Equal(edited[0].Text, "Edited: " + edited[1].Text);

        var text = ChangesText.Write(changes);
        Assert.Contains(
            "\n  1a Reputation as the local leader of the NHS: evidenced 3† → 1†; panel 3* → 4 — ",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n  1a Reputation as the local leader of the NHS: 0 added, 1 removed\n    − \"The PCT's chief executive "
                + "leads the Local Area Agreement Board.\" — ",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(": panel Green → Amber — ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_contract_gives_both_sides_with_their_provenance_and_null_for_a_value_not_there()
    {
        var (changes, _) = AssessmentChanges.Between([
            Repo.Score("assessments/stockport/2008-09"),
            Repo.Score("assessments/stockport/2009-10"),
        ]);
        using var json = JsonDocument.Parse(ChangesJson.Write(changes!));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2008-09", root.GetProperty("before").GetProperty("year").GetString());
        Assert.Equal(changes!.Count, root.GetProperty("count").GetInt32());
        var added = root.GetProperty("changes")
            .EnumerateArray()
            .First(c => c.GetProperty("subject").GetString()!.StartsWith("11a ", StringComparison.Ordinal));
        Assert.Equal("measure", added.GetProperty("aspect").GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("before").ValueKind);
        var evidenced = root.GetProperty("changes")
            .EnumerateArray()
            .First(c => c.GetProperty("aspect").GetString() == "evidenced");
        Assert.Equal("computed", evidenced.GetProperty("after").GetProperty("provenance").GetString());
        Assert.Equal(changes.Evidence.Count, root.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void A_draft_whose_only_edits_are_a_rationale_word_a_source_place_and_a_metric_lists_each_of_them()
    {
        Edit("competencies/c01.yaml", "though without clear detail. MORI", "though without any detail. MORI");
        Edit(
            "competencies/c01.yaml",
            "    source: panel-report L338\n    metrics:\n      stakeholder_survey: {value: 4.95, source: "
                + "panel-report L338}",
            "    source: panel-report L339\n    metrics:\n      stakeholder_survey: {value: 4.96, source: "
                + "panel-report L338}"
        );
        var c01 = Path.Combine(draft, "competencies", "c01.yaml");

        var (changes, _) = AssessmentChanges.Between([
            Repo.Score("assessments/south-staffordshire/2009-10"),
            Repo.ScoreAt(draft),
        ]);
        var text = ChangesText.Write(changes!);
        Assert.Contains(
            "\nCompetency measures\n  1a Reputation as the local leader of the NHS:\n"
                + $"    rationale \"… planning, though without clear detail. MORI results …\" → \"… planning, though "
                + $"without any detail. MORI results …\" — {c01}:5:5\n    rationale source panel-report L338 → "
                + $"panel-report L339 — {c01}:9:13\n    stakeholder_survey 4.95 → 4.96 — {c01}:11:27\n",
            text,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "\n3 changes. * reconstructed by a person; † computed by wcc; – not rated.\n",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_outcome_new_in_the_later_year_and_a_changed_series_rate_and_aspiration_are_reported()
    {
        var stockport = Path.Combine(Path.GetDirectoryName(draft)!, "stockport");
        Repo.CopyOf("assessments/stockport/2009-10", stockport);
        var outcomes = Path.Combine(stockport, "outcomes.yaml");
        File.WriteAllText(
            outcomes,
            File.ReadAllText(outcomes)
                .Replace(
                    "{period: \"2005-06\", value: 2800,",
                    "{period: \"2005-06\", value: 2900,",
                    StringComparison.Ordinal
                )
                .Replace(
                    "target: {period: \"2010\", value: 82.5,",
                    "target: {period: \"2010\", value: 82.7,",
                    StringComparison.Ordinal
                )
        );

        var (years, _) = AssessmentChanges.Between([
            Repo.Score("assessments/stockport/2008-09"),
            Repo.Score("assessments/stockport/2009-10"),
        ]);
        var yearText = ChangesText.Write(years!);
        Assert.Contains(
            "\n  12 Avoidable admissions: coronary heart disease: newly selected — ",
            yearText,
            StringComparison.Ordinal
        );

        var (drafts, _) = AssessmentChanges.Between([
            Repo.Score("assessments/stockport/2009-10"),
            Repo.ScoreAt(stockport),
        ]);
        var text = ChangesText.Write(drafts!);
        Assert.Contains(
            "\nOutcomes\n  1 Life expectancy (females): aspiration target 2010: 82.5 → 2010: 82.7; aspired rate ",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n  12 Avoidable admissions: coronary heart disease: series 2005-06: 2800 → 2005-06: 2900 — ",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Two_years_on_different_documents_say_so_and_a_fallen_level_lists_the_evidence_not_carried_forward()
    {
        var (changes, _) = AssessmentChanges.Between([
            Repo.Score("assessments/stockport/2008-09"),
            Repo.Score("assessments/stockport/2009-10"),
        ]);
        var text = ChangesText.Write(changes!);
        Assert.Contains(
            "\n  The two rest on different source documents; a level may move because its evidence came from another.\n"
                + "  only before: none\n  only after:  NHS Stockport primary care strategy 2009-15 "
                + "(003_a714efd90bb1c477.txt)\n",
            text,
            StringComparison.Ordinal
        );
        var c10 = Repo.Path("assessments", "stockport", "2008-09", "competencies", "c10.yaml");
        Assert.Contains(
            "\n    not carried forward: \"When providers fall behind plan, the contract report is to set out the "
                + "escalation steps taken.\" — "
                + c10
                + ":35:9\n",
            text,
            StringComparison.Ordinal
        );
        var fall = Assert.Single(changes!.Values, c =>
            c.Subject.StartsWith("10c ", StringComparison.Ordinal) && c.Aspect == "evidenced"
        );
        Assert.True(fall.Fall);
        Assert.Equal(3, changes.NotCarriedForward(fall).Count);
        Assert.Empty(
            changes.NotCarriedForward(
                Assert.Single(changes.Values, c =>
                    c.Subject.StartsWith("10a ", StringComparison.Ordinal) && c.Aspect == "evidenced"
                )
            )
        );

        using var json = JsonDocument.Parse(ChangesJson.Write(changes));
        var documents = json.RootElement.GetProperty("sourceDocuments");
        Assert.True(documents.GetProperty("differ").GetBoolean());
        Assert.Equal(
            "NHS Stockport primary care strategy 2009-15 (003_a714efd90bb1c477.txt)",
            documents.GetProperty("onlyAfter")[0].GetString()
        );
        var evidenced = json
            .RootElement.GetProperty("changes")
            .EnumerateArray()
            .Single(c =>
                c.GetProperty("subject").GetString()!.StartsWith("10c ", StringComparison.Ordinal)
                && c.GetProperty("aspect").GetString() == "evidenced"
            );
        Assert.Equal(3, evidenced.GetProperty("notCarriedForward").GetArrayLength());
        var rationale = json
            .RootElement.GetProperty("changes")
            .EnumerateArray()
            .First(c => c.GetProperty("aspect").GetString() == "rationale");
        Assert.True(rationale.GetProperty("words").GetBoolean());
    }

    [Theory]
    [InlineData(
        "one two three four five six seven",
        "one two three FOUR five six seven",
        "one two three four five six seven",
        "one two three FOUR five six seven"
    )]
    [InlineData("a b c d e f g h i j", "a b c d e X g h i j", "… c d e f g h i …", "… c d e X g h i …")]
    [InlineData("a b c d e", "a b c d e f", "… c d e", "… c d e f")]
    [InlineData(null, "new words", null, "new words")]
    public void A_paragraph_change_is_shown_as_the_words_that_differ_with_three_either_side(
        string? before,
        string? after,
        string? shownBefore,
        string? shownAfter
    ) => Assert.Equal((shownBefore, shownAfter), WordExcerpt.Of(before, after));

    [Fact]
    public void Only_two_assessments_of_one_organisation_can_be_compared()
    {
        var stockport = Repo.Score("assessments/stockport/2009-10");
        var trafford = Repo.Score("assessments/trafford/2008-09");
        Assert.Equal(
            "diff compares two assessments (two folders, or an organisation folder holding two years); found 1",
            AssessmentChanges.Between([stockport]).Problem
        );
        Assert.StartsWith(
            "diff compares two assessments of one organisation: ",
            AssessmentChanges.Between([stockport, trafford]).Problem,
            StringComparison.Ordinal
        );
    }

    private void Edit(string relative, string from, string to, bool once = false)
    {
        var path = Path.Combine(draft, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {relative}");
        File.WriteAllText(
            path,
            once ? text[..at] + to + text[(at + from.Length)..] : text.Replace(from, to, StringComparison.Ordinal)
        );
    }
}
