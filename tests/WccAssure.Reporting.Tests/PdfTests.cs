using System.Diagnostics;
using System.Text.RegularExpressions;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The PDF printed by headless Chromium. CI installs chromium and poppler-utils, and there these tests must run;
/// elsewhere they are skipped when either is missing.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class PdfTests
{
    private static readonly Lazy<string> Pdf = new(PrintSouthStaffordshire);

    private static void RequireTools()
    {
        var available =
            PdfPrinter.FindChromium(Testing.TestRuns.Chromium) is not null
            && File.Exists("/usr/bin/pdftotext")
            && File.Exists("/usr/bin/pdftoppm");
        if (!available && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("CI must have chromium and poppler-utils: .ci/run installs them");
        }

        Skip.IfNot(available, "chromium or poppler-utils not installed");
    }

    private static string PrintSouthStaffordshire()
    {
        var report = Fixture.Render("assessments/south-staffordshire/2009-10");
        var path = Path.Combine(Fixture.TempDirectory(), "report.pdf");
        var bytes = Task.Run(async () =>
            {
                await using var printer = await PdfPrinter.StartAsync(
                    PdfPrinter.FindChromium(Testing.TestRuns.Chromium)!
                );
                return (await printer.PrintAsync(report.Html)).Bytes;
            })
            .GetAwaiter()
            .GetResult();
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int PageCount(string pdf) =>
        int.Parse(
            Regex.Match(Run("/usr/bin/pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture
        );

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [SkippableFact]
    public void The_same_report_prints_to_the_same_bytes_with_a_fixed_document_date()
    {
        RequireTools();
        Thread.Sleep(1100); // Chromium's clock has second resolution: the second print is in another second.
        var again = PrintSouthStaffordshire();
        Assert.True(
            File.ReadAllBytes(Pdf.Value).AsSpan().SequenceEqual(File.ReadAllBytes(again)),
            "two prints of the same report differ"
        );
        var info = Run("/usr/bin/pdfinfo", "-isodates", again);
        Assert.Matches(@"CreationDate:\s+2010-05-01T00:00:00(Z|\+00:00)", info);
        Assert.Matches(@"ModDate:\s+2010-05-01T00:00:00(Z|\+00:00)", info);
    }

    /// <summary>
    /// Pages are reused from report to report, and a reused page numbers the tag tree's nodes on from where the
    /// previous report stopped: the printer renumbers them, so a report comes out the same whichever page prints it.
    /// </summary>
    [SkippableFact]
    public void A_report_printed_on_a_reused_page_is_the_same_bytes_as_on_a_fresh_one()
    {
        RequireTools();
        var before = Fixture.Render("assessments/trafford/2008-09").Html;
        var report = Fixture.Render("assessments/south-staffordshire/2009-10").Html;
        var (first, reused, opened) = Task.Run(async () =>
            {
                await using var printer = await PdfPrinter.StartAsync(
                    PdfPrinter.FindChromium(Testing.TestRuns.Chromium)!
                );
                var first = (await printer.PrintAsync(before)).Bytes;
                var reused = (await printer.PrintAsync(report)).Bytes;
                return (first, reused, printer.PagesOpened);
            })
            .GetAwaiter()
            .GetResult();
        Assert.Equal(1, opened);
        var fresh = File.ReadAllBytes(Pdf.Value);
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(Pdf.Value)!, "reused.pdf"), reused);
        Assert.True(
            fresh.AsSpan().SequenceEqual(reused),
            $"the reused page's print differs from the fresh one's ({Pdf.Value})"
        );
        Assert.NotEqual(fresh.Length, first.Length);
        Assert.Contains("/StructTreeRoot", System.Text.Encoding.Latin1.GetString(reused), StringComparison.Ordinal);
        Assert.Contains("/Outlines", System.Text.Encoding.Latin1.GetString(reused), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stamp_rewrites_only_the_dates_digits_in_place()
    {
        const string Clocked =
            "%PDF-1.4\n1 0 obj <</Creator (x) /CreationDate (D:20261201073743+01'00') /ModDate "
            + "(D:20261201073744Z)>>\nendobj\n";
        var stamped = System.Text.Encoding.Latin1.GetString(
            PdfStamp.Apply(System.Text.Encoding.Latin1.GetBytes(Clocked))
        );
        Assert.Equal(
            "%PDF-1.4\n1 0 obj <</Creator (x) /CreationDate (D:20100501000000+00'00') /ModDate "
                + "(D:20100501000000Z)>>\nendobj\n",
            stamped
        );
        Assert.Equal(Clocked.Length, stamped.Length);
    }

    [SkippableFact]
    public void The_pdf_is_a4_with_page_numbers_and_every_section()
    {
        RequireTools();
        var info = Run("/usr/bin/pdfinfo", Pdf.Value);
        Assert.Matches(@"Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)", info);
        var text = Run("/usr/bin/pdftotext", "-layout", Pdf.Value, "-");
        var pages = text.Split('\f').Count(p => p.Trim().Length > 0);
        Assert.Contains($"Page 1 of {pages}", text);
        Assert.Contains($"Page {pages} of {pages}", text);
        foreach (
            var section in new[]
            {
                "Commentary",
                "Panel scorecard",
                "Potential for improvement",
                "Governance – Strategy",
                "Governance – Finance",
                "Governance – Board",
                "Health outcomes",
                "Overview – competencies",
                "Competency 1 – ",
                "Competency 11 – ",
                "Sign-off",
                "Contents",
            }
        )
        {
            Assert.Contains(section, text);
        }
    }

    /// <summary>
    /// Fit to issue: read back page by page, no page but the last holds only a heading or a line or two (three lines at
    /// most), and no page ends with a heading whose text starts on the next page.
    /// </summary>
    [SkippableFact]
    public void No_page_but_the_last_is_nearly_empty_or_ends_with_a_heading()
    {
        RequireTools();
        var count = PageCount(Pdf.Value);
        var headings = Fixture
            .Render("assessments/south-staffordshire/2009-10")
            .Markdown.Split('\n')
            .Where(l => l.StartsWith('#'))
            .Select(l => l.TrimStart('#').Trim())
            .ToHashSet();
        var problems = new List<string>();
        for (var page = 1; page < count; page++)
        {
            var lines = Run("/usr/bin/pdftotext", "-f", $"{page}", "-l", $"{page}", Pdf.Value, "-")
                .Split('\n')
                .Select(l => l.Trim())
                .Where(l =>
                    l.Length > 0
                    && !l.StartsWith("Page ", StringComparison.Ordinal)
                    && l != "WCC assurance report"
                    && !l.StartsWith("SYNTHETIC", StringComparison.Ordinal)
                )
                .ToList();
            if (lines.Count <= 3)
            {
                problems.Add($"page {page} of {count} holds only: {string.Join(" / ", lines)}");
            }
            else if (headings.Contains(lines[^1]))
            {
                problems.Add($"page {page} of {count} ends with the heading '{lines[^1]}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The report is printed once and the numbers written in afterwards: every entry's number, read back page by page,
    /// is the first page after the contents where a line starts with the entry's title (a long heading may wrap, so
    /// its first words), and the number is on the entry's own line.
    /// </summary>
    [SkippableFact]
    public void Every_contents_entry_gives_the_page_its_section_starts_on()
    {
        RequireTools();
        var count = PageCount(Pdf.Value);
        var pages = Enumerable
            .Range(1, count)
            .Select(p => Run("/usr/bin/pdftotext", "-f", $"{p}", "-l", $"{p}", Pdf.Value, "-").Split('\n'))
            .ToList();
        var contentsPage = pages.FindIndex(p => p.Contains("Contents"));
        var entries = pages[contentsPage]
            .Select(l => Regex.Match(l, @"^\d+\. (?<title>.+) · page (?<page>\d+)$"))
            .Where(m => m.Success)
            .ToList();
        var html = Fixture.Render("assessments/south-staffordshire/2009-10").Html;
        Assert.Equal(html.Split("class=\"toc-page\"").Length - 1, entries.Count);
        foreach (var entry in entries)
        {
            var title = entry.Groups["title"].Value;
            var heading = title[..Math.Min(title.Length, 24)];
            var start =
                pages.FindIndex(p =>
                    p.Any(l => l.StartsWith(heading, StringComparison.Ordinal) && !Regex.IsMatch(l, @"^\d+\. "))
                ) + 1;
            Assert.True(start > 0, $"no page starts the section '{title}'");
            Assert.Equal($"{title}: page {start}", $"{title}: page {entry.Groups["page"].Value}");
        }
    }

    /// <summary>
    /// The issued edition in print: a cover, then no repository path, tool note or line citation anywhere.
    /// </summary>
    [SkippableFact]
    public void The_printed_panel_edition_has_a_cover_and_no_path_or_line_citation()
    {
        RequireTools();
        var pages = Run("/usr/bin/pdftotext", Pdf.Value, "-").Split('\f');
        var cover = pages[0];
        foreach (
            var line in new[]
            {
                "World Class Commissioning panel report",
                "South Staffordshire PCT",
                "World Class Commissioning assurance, year 2009/10",
                "May 2010",
                "Draft",
            }
        )
        {
            Assert.Contains(line, cover.Split('\n'));
        }

        Assert.DoesNotContain("Commentary", cover);
        var text = string.Join("\n", pages);
        foreach (var banned in new[] { "seeds/", "RATIONALE.md", ".yaml", "Panel edition" })
        {
            Assert.DoesNotContain(banned, text, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"\bL\d+\b", text);
        Assert.Contains("Panel chair", pages.Last(p => p.Trim().Length > 0));
    }

    [SkippableFact]
    public void A_synthetic_report_says_so_on_every_page()
    {
        RequireTools();
        // The real assessment marked synthetic: the template must then label every printed page, not only the first.
        var score = Fixture.Score("assessments/south-staffordshire/2009-10");
        var (report, error) = RenderedReport.Render(
            score with
            {
                Assessment = score.Assessment with { Synthetic = true },
            },
            Fixture.Templates
        );
        Assert.Null(error);
        var html = report!.Html;
        var path = Path.Combine(Fixture.TempDirectory(), "synthetic.pdf");
        File.WriteAllBytes(
            path,
            Task.Run(async () =>
                {
                    await using var printer = await PdfPrinter.StartAsync(
                        PdfPrinter.FindChromium(Testing.TestRuns.Chromium)!
                    );
                    return (await printer.PrintAsync(html)).Bytes;
                })
                .GetAwaiter()
                .GetResult()
        );
        var pages = Run("/usr/bin/pdftotext", path, "-").Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count > 10);
        Assert.All(pages, p => Assert.Contains("SYNTHETIC data", p, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_scorecard_page_is_drawn_with_bars_and_rag_tiles()
    {
        RequireTools();
        var pages = Run("/usr/bin/pdftotext", Pdf.Value, "-").Split('\f');
        // The heading's own line, not its entry in the contents list ("2. Panel scorecard · page 3").
        var page = Array.FindIndex(pages, p => p.Split('\n').Contains("Panel scorecard")) + 1;
        Assert.True(page > 0);
        var prefix = Path.Combine(Path.GetDirectoryName(Pdf.Value)!, "scorecard");
        Run("/usr/bin/pdftoppm", "-r", "40", "-f", $"{page}", "-l", $"{page}", "-singlefile", Pdf.Value, prefix);
        var image = Ppm.Read(prefix + ".ppm");
        Assert.True(image.Count(0x2f, 0x6d, 0xb5) > 200, "no competency bars drawn");
        Assert.True(image.Count(0xe6, 0x9b, 0x00) > 100, "no amber governance tile drawn");
        Assert.True(image.Count(0x2e, 0x8b, 0x57) > 100, "no green governance tile drawn");
    }
}

/// <summary>A binary PPM (P6) image as pdftoppm writes it, enough to count pixels of a colour.</summary>
internal sealed record Ppm(int Width, int Height, byte[] Pixels)
{
    public static Ppm Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
        }

        Assert.Equal("P6", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Token();
        return new Ppm(width, height, bytes[(position + 1)..]);
    }

    public int Count(int r, int g, int b, int tolerance = 24)
    {
        var count = 0;
        for (var i = 0; i + 2 < Pixels.Length; i += 3)
        {
            if (
                Math.Abs(Pixels[i] - r) <= tolerance
                && Math.Abs(Pixels[i + 1] - g) <= tolerance
                && Math.Abs(Pixels[i + 2] - b) <= tolerance
            )
            {
                count++;
            }
        }

        return count;
    }
}
