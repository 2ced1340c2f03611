using System.Diagnostics;
using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Tests.Word;

/// <summary>
/// The Word report opened in LibreOffice Writer and converted to PDF there, then read back with poppler: what a
/// reader without Word sees. CI installs libreoffice-writer-nogui and poppler-utils, and there these tests must
/// run; elsewhere they are skipped when either is missing.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public partial class WordLibreOfficeTests
{
    private static readonly Lazy<string> Pdf = new(() => Convert(WordReportTests.Panel.Value));

    private static readonly string? Soffice = new[]
    {
        "/usr/bin/soffice",
        "/usr/bin/libreoffice",
        "/usr/lib/libreoffice/program/soffice",
    }.FirstOrDefault(File.Exists);

    private static void RequireTools()
    {
        var available = Soffice is not null && File.Exists("/usr/bin/pdftotext") && File.Exists("/usr/bin/pdfimages");
        if (!available && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("CI must have LibreOffice Writer and poppler-utils: .ci/run installs libreoffice-writer-nogui");
        }

        Skip.IfNot(available, "LibreOffice (soffice) or poppler-utils not installed");
    }

    /// <summary>
    /// A profile of its own, so a conversion never waits on (or breaks) a LibreOffice the user has open.
    /// </summary>
    private static string Convert(byte[] docx)
    {
        var folder = Fixture.TempDirectory();
        var input = Path.Combine(folder, "report.docx");
        File.WriteAllBytes(input, docx);
        Run(
            Soffice!,
            TimeSpan.FromMinutes(3),
            $"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            input
        );
        var pdf = Path.Combine(folder, "report.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        return pdf;
    }

    private static string Run(string tool, TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within {limit.TotalSeconds} s");
        }

        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {error.Result}");
        return output;
    }

    private static string Text() => Run("/usr/bin/pdftotext", TimeSpan.FromMinutes(1), Pdf.Value, "-");

    [SkippableFact]
    public void Writer_opens_the_document_and_numbers_every_page_of_the_converted_pdf()
    {
        RequireTools();
        var text = Text();
        var pages = text.Split('\f').Count(p => p.Trim().Length > 0);
        Assert.True(pages > 10, $"{pages} pages");
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"Page {page} of {pages}", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void The_headings_rating_words_and_footnotes_reach_the_pdf()
    {
        RequireTools();
        var text = Squeeze(Text());
        foreach (
            var heading in new[]
            {
                "Commentary",
                "Panel scorecard",
                "Governance",
                "Strategy: Amber",
                "Health outcomes",
                "Competency 11 – Ensuring efficiency",
                "Sign-off",
            }
        )
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        foreach (var word in new[] { "Red", "Amber", "Green", "Level 1", "Level 4", "self, panel" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        // A footnote's text is printed at the foot of a page, beginning with its mark and kind.
        var view = WordReportTests.PanelView.Value;
        var note = view.Scorecard.Competencies.Select(r => r.PanelMark).First(m => !m.IsEmpty);
        Assert.Contains("* Reconstructed: Rests on reconstructed panel ratings", text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(note.Note[..40]), text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Both_pictures_are_images_in_the_pdf()
    {
        RequireTools();
        var list = Run("/usr/bin/pdfimages", TimeSpan.FromMinutes(1), "-list", Pdf.Value);
        var images = list.Split('\n')
            .Skip(2)
            .Where(l => l.Trim().Length > 0)
            .Select(l => Regex.Split(l.Trim(), @"\s+"))
            .ToList();
        Assert.Equal(2, images.Count(i => i[2] == "image"));
        Assert.All(images.Where(i => i[2] == "image"), i =>
            Assert.True(
                int.Parse(i[3], System.Globalization.CultureInfo.InvariantCulture) >= 1200,
                $"an image {i[3]} px wide"
            )
        );
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
