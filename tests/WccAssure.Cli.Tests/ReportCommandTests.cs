namespace WccAssure.Cli.Tests;

public class ReportCommandTests
{
    private static string Temp() => Path.Combine(Path.GetTempPath(), "wcc-cli-report-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Report_writes_html_markdown_and_csv_for_each_assessment()
    {
        var output = Temp();
        var (code, stdout, _) = Wcc.Run(
            "report",
            "assessments/south-staffordshire/2009-10",
            "assessments/trafford/2008-09",
            "--out",
            output
        );
        Assert.Equal(0, code);
        foreach (var name in new[] { "south-staffordshire-pct-2009-10", "trafford-pct-2008-09" })
        {
            Assert.Contains(name, stdout);
            foreach (
                var file in new[] { "report.html", "report.md", "scorecard.csv", "provenance.html", "provenance.md" }
            )
            {
                Assert.True(
                    new FileInfo(Path.Combine(output, name, file)).Length > 1000,
                    $"{name}/{file} is missing or empty"
                );
            }
        }

        Assert.Empty(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Audience_chooses_the_edition_and_a_wrong_one_is_a_usage_error()
    {
        var panel = Temp();
        var author = Temp();
        Assert.Equal(0, Wcc.Run("report", "assessments/south-staffordshire/2009-10", "--out", panel).Code);
        Assert.Equal(
            0,
            Wcc.Run("report", "assessments/south-staffordshire/2009-10", "--out", author, "--audience", "author").Code
        );
        var panelMarkdown = File.ReadAllText(Path.Combine(panel, "south-staffordshire-pct-2009-10", "report.md"));
        var authorMarkdown = File.ReadAllText(Path.Combine(author, "south-staffordshire-pct-2009-10", "report.md"));
        Assert.DoesNotContain("## Gap to the next level", panelMarkdown);
        Assert.Contains("## Gap to the next level", authorMarkdown);
        var (code, _, error) = Wcc.Run(
            "report",
            "assessments/south-staffordshire/2009-10",
            "--out",
            Temp(),
            "--audience",
            "board"
        );
        Assert.Equal(2, code);
        Assert.Contains("board", error);
    }

    [Fact]
    public void A_broken_folder_is_named_and_writes_nothing_while_the_others_are_reported()
    {
        var output = Temp();
        var (code, stdout, error) = Wcc.Run(
            "report",
            "assessments/trafford/2008-09",
            "tests/fixtures/broken",
            "--out",
            output
        );
        Assert.Equal(1, code);
        Assert.Contains("duplicate key", error);
        Assert.Contains("1 of 2 assessment(s) could not be scored (findings above): tests/fixtures/broken", error);
        Assert.Contains("trafford-pct-2008-09/: report.html, report.md, scorecard.csv", stdout);
        Assert.Equal(["trafford-pct-2008-09"], Directory.GetDirectories(output).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFileSystemEntries(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_broken_folder_alone_writes_nothing()
    {
        var output = Temp();
        var (code, _, error) = Wcc.Run("report", "tests/fixtures/broken", "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("duplicate key", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_second_run_replaces_each_report_folder_as_a_whole()
    {
        var output = Temp();
        Assert.Equal(0, Wcc.Run("report", "assessments/trafford/2008-09", "--out", output).Code);
        // A PDF an earlier run with --pdf wrote is wcc's own, so a run without --pdf removes it with the rest.
        var stray = Path.Combine(output, "trafford-pct-2008-09", "report.pdf");
        File.WriteAllText(stray, "%PDF-1.7 from an earlier run");
        Assert.Equal(0, Wcc.Run("report", "assessments/trafford/2008-09", "--out", output).Code);
        Assert.False(File.Exists(stray));
        Assert.Equal(
            ["provenance.html", "provenance.md", "report.html", "report.md", "scorecard.csv"],
            Directory.GetFiles(Path.Combine(output, "trafford-pct-2008-09")).Select(Path.GetFileName).Order()
        );
        Assert.Equal(["trafford-pct-2008-09"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_pack_folder_that_would_replace_the_reports_is_refused()
    {
        var output = Temp();
        var (code, _, error) = Wcc.Run(
            "report",
            "assessments/trafford/2008-09",
            "--out",
            Path.Combine(output, "reports"),
            "--compare",
            output
        );
        Assert.Equal(2, code);
        Assert.Contains("would replace the reports' folder", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_broken_template_is_named_with_its_line_and_writes_nothing()
    {
        var templates = Temp();
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(Path.Combine(Wcc.Root, "templates")))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        var markdown = Path.Combine(templates, "report.md.sbn");
        File.WriteAllText(
            markdown,
            File.ReadAllText(markdown)
                .Replace("# {{ organisation }}", "# {{ organisation | shout }}", StringComparison.Ordinal)
        );
        var output = Temp();
        var (code, _, error) = Wcc.Run(
            "report",
            "assessments/trafford/2008-09",
            "--out",
            output,
            "--templates",
            templates
        );
        Assert.Equal(1, code);
        // The author's title, after the panel edition's cover in the same template.
        var line =
            Array.FindIndex(File.ReadAllLines(markdown), l =>
                l.Contains("{{ organisation | shout }}", StringComparison.Ordinal)
            ) + 1;
        Assert.Contains($"report.md.sbn:{line}:", error);
        Assert.Contains(": error:", error);
        Assert.Contains("shout", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Pdf_without_chromium_says_how_to_install_it_and_still_writes_html_and_markdown()
    {
        var output = Temp();
        var elsewhere = Testing.TestRuns.InRepository() with { Chromium = "/nonexistent/chromium" };
        var (code, _, error) = Wcc.RunIn(elsewhere, "report", "assessments/trafford/2008-09", "--out", output, "--pdf");
        Assert.Equal(1, code);
        Assert.Contains("apt-get install -y chromium", error);
        Assert.True(File.Exists(Path.Combine(output, "trafford-pct-2008-09", "report.html")));
        Assert.True(File.Exists(Path.Combine(output, "trafford-pct-2008-09", "report.md")));
        Assert.False(File.Exists(Path.Combine(output, "trafford-pct-2008-09", "report.pdf")));
    }

    [Fact]
    public void A_failed_run_leaves_earlier_outputs_intact()
    {
        var output = Temp();
        Assert.Equal(0, Wcc.Run("report", "assessments/trafford/2008-09", "--out", output).Code);
        var html = Path.Combine(output, "trafford-pct-2008-09", "report.html");
        var before = File.ReadAllBytes(html);
        var templates = Temp();
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(Path.Combine(Wcc.Root, "templates")))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        var template = Path.Combine(templates, "report.html.sbn");
        File.WriteAllText(
            template,
            File.ReadAllText(template).Replace("{{ organisation }}", "{{ organisaton }}", StringComparison.Ordinal)
        );
        Assert.Equal(
            1,
            Wcc.Run("report", "assessments/trafford/2008-09", "--out", output, "--templates", templates).Code
        );
        Assert.Equal(before, File.ReadAllBytes(html));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Reports_are_byte_identical_across_runs()
    {
        string[] Read(string root) =>
            [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllText)];
        var first = Temp();
        var second = Temp();
        Assert.Equal(0, Wcc.Run("report", "assessments/stockport/2009-10", "--out", first).Code);
        Assert.Equal(0, Wcc.Run("report", "assessments/stockport/2009-10", "--out", second).Code);
        Assert.Equal(Read(first), Read(second));
    }
}
