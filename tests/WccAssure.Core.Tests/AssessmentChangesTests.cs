using System.Text.Json;
using WccAssure.Core.Changes;
using WccAssure.Core.Model;
using WccAssure.Core.Output;

namespace WccAssure.Core.Tests;

/// <summary>`wcc diff`: what changed between two versions of one organisation's assessment, marked as the reports mark values.</summary>
public sealed class AssessmentChangesTests : IDisposable
{
    private readonly string draft = Path.Combine(Path.GetTempPath(), "wcc-diff-" + Guid.NewGuid().ToString("N"), "2009-10");

    public AssessmentChangesTests() => Repo.CopyOf("assessments/south-staffordshire/2009-10", draft);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(draft)!, recursive: true);

    [Fact]
    public void An_assessment_compared_with_itself_has_no_changes()
    {
        var score = Repo.Score("assessments/south-staffordshire/2009-10");
        var (changes, problem) = AssessmentChanges.Between([score, score]);
        Assert.Null(problem);
        Assert.Equal(0, changes!.Count);
        Assert.EndsWith("\nNo changes. * reconstructed by a person; † computed by wcc; – not rated.\n", ChangesText.Write(changes), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_draft_shows_each_changed_rating_level_and_evidence_item_with_its_provenance()
    {
        Edit("competencies/c01.yaml", "    panel: {level: 3, provenance: reconstructed, note: \"Reconstruction: the panel glyph was lost (L332).", "    panel: {level: 4, source: panel-report L338, note: \"");
        Edit("competencies/c01.yaml", "      - text: \"The PCT's chief executive leads the Local Area Agreement Board.\"\n        tags: [partnership, in-practice]\n        source: panel-report L338\n", "");
        Edit("governance/finance.yaml", "    panel: green\n", "    panel: amber\n", once: true);
        var governanceEvidence = File.ReadAllText(Path.Combine(draft, "governance", "finance.yaml")).Split('\n').First(l => l.TrimStart().StartsWith("- text: \"", StringComparison.Ordinal));
        Edit("governance/finance.yaml", governanceEvidence, governanceEvidence.Replace("- text: \"", "- text: \"Edited: ", StringComparison.Ordinal), once: true);

        var (changes, problem) = AssessmentChanges.Between([Repo.Score("assessments/south-staffordshire/2009-10"), Repo.ScoreAt(draft)]);
        Assert.Null(problem);
        var c01a = Assert.Single(changes!.Values, c => c.Section == ChangeSection.Competencies && c.Aspect == "panel");
        Assert.Equal("1a Reputation as the local leader of the NHS", c01a.Subject);
        Assert.Equal(new ChangedValue("3", ProvenanceKind.Reconstructed), c01a.Before);
        Assert.Equal(new ChangedValue("4", ProvenanceKind.Stated), c01a.After);
        Assert.Equal(Path.Combine(draft, "competencies", "c01.yaml") + ":6:12", c01a.Where!.ToString());

        var mean = Assert.Single(changes.Values, c => c.Section == ChangeSection.CompetencyScores && c.Aspect == "panel");
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
        Assert.Contains("\n  1a Reputation as the local leader of the NHS: evidenced 3† → 1†; panel 3* → 4 — ", text, StringComparison.Ordinal);
        Assert.Contains("\n  1a Reputation as the local leader of the NHS: 0 added, 1 removed\n    − \"The PCT's chief executive leads the Local Area Agreement Board.\" — ", text, StringComparison.Ordinal);
        Assert.Contains(": panel Green → Amber — ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_contract_gives_both_sides_with_their_provenance_and_null_for_a_value_not_there()
    {
        var (changes, _) = AssessmentChanges.Between([Repo.Score("assessments/stockport/2008-09"), Repo.Score("assessments/stockport/2009-10")]);
        using var json = JsonDocument.Parse(ChangesJson.Write(changes!));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2008-09", root.GetProperty("before").GetProperty("year").GetString());
        Assert.Equal(changes!.Count, root.GetProperty("count").GetInt32());
        var added = root.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("subject").GetString()!.StartsWith("11a ", StringComparison.Ordinal));
        Assert.Equal("measure", added.GetProperty("aspect").GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("before").ValueKind);
        var evidenced = root.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("aspect").GetString() == "evidenced");
        Assert.Equal("computed", evidenced.GetProperty("after").GetProperty("provenance").GetString());
        Assert.Equal(changes.Evidence.Count, root.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void Only_two_assessments_of_one_organisation_can_be_compared()
    {
        var stockport = Repo.Score("assessments/stockport/2009-10");
        var trafford = Repo.Score("assessments/trafford/2008-09");
        Assert.Equal("diff compares two assessments (two folders, or an organisation folder holding two years); found 1", AssessmentChanges.Between([stockport]).Problem);
        Assert.StartsWith("diff compares two assessments of one organisation: ", AssessmentChanges.Between([stockport, trafford]).Problem, StringComparison.Ordinal);
    }

    private void Edit(string relative, string from, string to, bool once = false)
    {
        var path = Path.Combine(draft, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {relative}");
        File.WriteAllText(path, once ? text[..at] + to + text[(at + from.Length)..] : text.Replace(from, to, StringComparison.Ordinal));
    }
}
