using System.Text;
using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;
using WccAssure.Testing;

namespace WccAssure.Core.Tests;

/// <summary>The engine's batch rules, the scorer's purity, and whole-folder replacement.</summary>
public class PipelineTests
{
    private static readonly AssessmentEngine Engine = new(Repo.Seeds);

    /// <summary>The folders as given, as one batch, so the batch rules apply across them.</summary>
    private static AssessmentBatch Evaluate(params string[] folders) =>
        Engine.Run(new BatchRequest(folders) { Reading = PathReading.AsGiven }).Batch!;

    private static string Temp() => Path.Combine(Path.GetTempPath(), "wcc-pipeline-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Two_folders_for_one_organisation_and_year_are_both_refused_each_naming_the_other()
    {
        var root = Temp();
        var a = Repo.CopyOf("assessments/trafford/2008-09", Path.Combine(root, "a", "2008-09"));
        var b = Repo.CopyOf("assessments/trafford/2008-09", Path.Combine(root, "b", "2008-09"));
        var batch = Evaluate(a, Repo.Path("assessments", "stockport", "2009-10"), b);
        Assert.Equal([true, false, true], batch.Evaluations.Select(e => e.Failed));
        Assert.Contains(batch.Evaluations[0].Findings, f =>
            f.ToString()
            == $"{a}/assessment.yaml:1:1: error: 5NR 2008-09 is also assessed in {b}; give one folder per "
                + $"organisation and year"
        );
        Assert.Contains(batch.Evaluations[2].Findings, f =>
            f.ToString()
            == $"{b}/assessment.yaml:1:1: error: 5NR 2008-09 is also assessed in {a}; give one folder per "
                + $"organisation and year"
        );
        Assert.Equal("5F7", Assert.Single(batch.Scores).Assessment.OrganisationCode);
    }

    [Fact]
    public void A_broken_folder_among_good_ones_is_named_and_the_others_are_still_scored()
    {
        var broken = Repo.Path("tests", "fixtures", "broken");
        var batch = Evaluate(
            Repo.Path("assessments", "trafford", "2008-09"),
            broken,
            Repo.Path("assessments", "stockport", "2009-10")
        );
        Assert.True(batch.AnyFailed);
        Assert.Equal(broken, Assert.Single(batch.Failures).Folder);
        Assert.Contains(batch.Failures[0].Findings, f => f.Message.Contains("duplicate key", StringComparison.Ordinal));
        Assert.Equal(["5NR", "5F7"], batch.Scores.Select(s => s.Assessment.OrganisationCode));
    }

    [Fact]
    public void Last_year_is_only_taken_from_a_folder_that_really_holds_last_years_assessment()
    {
        var root = Temp();
        var current = Repo.CopyOf("assessments/stockport/2009-10", Path.Combine(root, "stockport", "2009-10"));
        Repo.CopyOf("assessments/stockport/2009-10", Path.Combine(root, "stockport", "2008-09"));
        var evaluation = Scoring.Evaluate(Repo.Seeds, current);
        Assert.False(evaluation.Failed);
        Assert.Null(evaluation.Score!.Assessment.PreviousYear);
        Assert.Contains(evaluation.Findings, f =>
            f.Message.Contains("holds an assessment for 2009-10", StringComparison.Ordinal)
        );
        var real = Scoring.Evaluate(Repo.Seeds, Repo.Path("assessments", "stockport", "2009-10"));
        Assert.NotNull(real.Score!.Assessment.PreviousYear);
    }

    [Fact]
    public void Scoring_reads_no_file_everything_it_needs_is_in_memory()
    {
        // Load a copy (with last year beside it), then delete every file: scoring must still work.
        var root = Temp();
        Repo.CopyOf("assessments/stockport/2008-09", Path.Combine(root, "stockport", "2008-09"));
        var folder = Repo.CopyOf("assessments/stockport/2009-10", Path.Combine(root, "stockport", "2009-10"));
        var loaded = new AssessmentLoader(Repo.Seeds).Load(folder);
        Directory.Delete(root, recursive: true);

        // An in-memory edit is what gets scored: the first measure's evidence no longer supports more than level 1.
        var competency = loaded.Assessment!.Competencies[0];
        var edited = loaded.Assessment with
        {
            Competencies =
            [
                competency with
                {
                    Measures = [.. competency.Measures.Select(m => m with { Metrics = [], Evidence = [] })],
                },
                .. loaded.Assessment.Competencies.Skip(1),
            ],
        };
        var original = Scoring.Score(Repo.Seeds, loaded.Assessment, loaded.Framework!);
        var score = Scoring.Score(Repo.Seeds, edited, loaded.Framework!);
        Assert.Equal(original.Competencies.Count, score.Competencies.Count);
        Assert.NotNull(original.Competencies[0].EvidencedLastYear);
        Assert.All(score.Competencies[0].Measures, m => Assert.Equal(1, m.EvidencedLevel));
        Assert.Contains(original.Competencies[0].Measures, m => m.EvidencedLevel > 1);
    }

    private static readonly string[] Owned = ["report.html", "report.md"];

    [Fact]
    public void A_failed_write_leaves_the_previous_folder_as_it_was()
    {
        var target = Temp();
        AtomicFolder.Replace(
            target,
            [("report.html", Encoding.UTF8.GetBytes("old html")), ("report.md", Encoding.UTF8.GetBytes("old md"))]
        );

        // The second file cannot be written: its folder would be a file the first one just wrote.
        var failing = new[]
        {
            ("report.html", Encoding.UTF8.GetBytes("new html")),
            ("report.html/report.md", Encoding.UTF8.GetBytes("new md")),
        };
        Assert.ThrowsAny<IOException>(() => AtomicFolder.Replace(target, failing, Owned));
        Assert.Equal("old html", File.ReadAllText(Path.Combine(target, "report.html")));
        Assert.Equal("old md", File.ReadAllText(Path.Combine(target, "report.md")));
        Assert.Equal(
            [Path.GetFileName(target)],
            Directory
                .GetFileSystemEntries(Path.GetDirectoryName(target)!, Path.GetFileName(target) + "*")
                .Select(Path.GetFileName)
        );

        AtomicFolder.Replace(target, [("report.html", Encoding.UTF8.GetBytes("new html"))], Owned);
        Assert.Equal(["report.html"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal("new html", File.ReadAllText(Path.Combine(target, "report.html")));
    }

    [Fact]
    public void A_folder_holding_what_wcc_did_not_write_is_refused_and_kept()
    {
        var target = Temp();
        AtomicFolder.Replace(target, [("report.html", Encoding.UTF8.GetBytes("old html"))], Owned);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        var refusal = Assert.ThrowsAny<IOException>(() =>
            AtomicFolder.Replace(target, [("report.html", Encoding.UTF8.GetBytes("new"))], Owned)
        );
        Assert.Contains("notes.txt", refusal.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal("old html", File.ReadAllText(Path.Combine(target, "report.html")));

        File.Delete(Path.Combine(target, "notes.txt"));
        Directory.CreateDirectory(Path.Combine(target, "pct", "2009-10"));
        File.WriteAllText(Path.Combine(target, "pct", "2009-10", "assessment.yaml"), "organisation: 5PK");
        var assessment = AtomicFolder.Refusal(target, Owned);
        Assert.NotNull(assessment);
        Assert.Contains("pct/2009-10/", assessment);
        Assert.Contains("outside the assessments", assessment);
    }

    [Fact]
    public void A_folder_that_already_holds_the_same_bytes_is_left_alone_and_any_difference_replaces_it()
    {
        var target = Temp();
        (string, byte[])[] files =
        [
            ("report.html", Encoding.UTF8.GetBytes("same html")),
            ("report.md", Encoding.UTF8.GetBytes("same md")),
        ];
        AtomicFolder.Replace(target, files, Owned);
        var written = File.GetLastWriteTimeUtc(Path.Combine(target, "report.html"));
        File.SetLastWriteTimeUtc(Path.Combine(target, "report.html"), written.AddHours(-1));
        AtomicFolder.Replace(target, files, Owned);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(Path.Combine(target, "report.html")));

        // One byte different (same length), and then an earlier run's extra file: each time the folder is replaced
        // whole.
        AtomicFolder.Replace(target, [files[0], ("report.md", Encoding.UTF8.GetBytes("same mD"))], Owned);
        Assert.Equal("same mD", File.ReadAllText(Path.Combine(target, "report.md")));
        // A file of wcc's own that this run does not write (an earlier PDF) means a difference too.
        File.WriteAllText(Path.Combine(target, "report.pdf"), "x");
        var changed = ("report.md", Encoding.UTF8.GetBytes("same mD"));
        AtomicFolder.Replace(target, [files[0], changed], [.. Owned, "report.pdf"]);
        var left = Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["report.html", "report.md"], left);
    }
}
