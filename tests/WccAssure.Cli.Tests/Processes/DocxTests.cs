using System.IO.Compression;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// `wcc report --docx` as a user runs it: the Word document is written beside the other files of the report, the
/// same bytes on a rerun, and never half-written: a run that cannot write its folder, or cannot render the report,
/// leaves no report.docx and no temporary file.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class DocxTests
{
    [Fact]
    public void Report_with_docx_writes_a_word_document_beside_the_other_files_and_the_same_bytes_again()
    {
        using var scratch = new Scratch();
        var result = WccProcess.Run("report", scratch.Folder, "--out", scratch.Out, "--docx").AssertExit(0);
        Assert.Contains(
            "south-staffordshire-pct-2009-10/: report.html, report.md, scorecard.csv, provenance.html, provenance.md, "
                + "report.docx",
            result.Output,
            StringComparison.Ordinal
        );
        var docx = Path.Combine(scratch.ReportFolder, "report.docx");
        var first = File.ReadAllBytes(docx);
        using (var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("word/document.xml", names);
            Assert.Contains("word/footnotes.xml", names);
            Assert.Contains("word/footer1.xml", names);
            // The fixture records no outcomes, so its only picture is the scorecard.
            Assert.Single(names, n => n.EndsWith(".png", StringComparison.Ordinal));
        }

        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out, "--docx").AssertExit(0);
        Assert.True(first.AsSpan().SequenceEqual(File.ReadAllBytes(docx)), "a rerun wrote different bytes");
        Assert.Empty(scratch.TemporaryFiles());

        // Without --docx the folder is replaced as a whole: no Word document of an earlier run stays behind.
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);
        Assert.False(File.Exists(docx));
    }

    [Fact]
    public void An_output_that_cannot_be_written_leaves_no_word_document_behind()
    {
        using var scratch = new Scratch();
        Directory.CreateDirectory(scratch.Work);
        var blocked = Path.Combine(scratch.Work, "a-file");
        File.WriteAllText(blocked, "not a folder");
        var result = WccProcess.Run("report", scratch.Folder, "--out", blocked, "--docx").AssertExit(1);
        Assert.StartsWith("wcc: cannot write the output:", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(scratch.Work, "*.docx", SearchOption.AllDirectories));
        Assert.Empty(scratch.TemporaryFiles());
    }

    [Fact]
    public void A_report_that_cannot_be_rendered_writes_no_word_document()
    {
        using var scratch = new Scratch();
        var templates = Path.Combine(scratch.Work, "templates");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(Path.Combine(Wcc.Root, "templates")))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(templates, "report.md.sbn"), "{{ no_such_value }}");
        WccProcess
            .Run("report", scratch.Folder, "--out", scratch.Out, "--docx", "--templates", templates)
            .AssertExit(1);
        Assert.False(Directory.Exists(scratch.Out), "a report was written although its template failed");
        Assert.Empty(scratch.TemporaryFiles());
    }
}
