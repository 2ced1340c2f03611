using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WccAssure.Core.Comparison;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Synthetic;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The pack as it leaves the machine: a national pack (151 organisations, 25 indicators, real years beside synthetic)
/// printed by the project's own Chromium printer on a few A4 landscape pages with its own running head, the outcome
/// rates in an appendix printed only when asked; and a workbook whose years sheets have a column per year, whose
/// cells add up to the points beside them, and whose every filter survives LibreOffice Calc's conversion to ODS.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public partial class ComparePackPrintTests
{
    private const int MostPages = 10;

    private static readonly Lazy<ComparisonPack> National = new(() =>
    {
        var folder = Fixture.TempDirectory();
        new SyntheticRequest(folder, 2010, null, "2009-10").Plan(Fixture.Seeds).Plan!.Write();
        var engine = new AssessmentEngine(Fixture.Seeds);
        var data = new BenchmarkRequest(
            Path.Combine(folder, SyntheticNationalSet.DataSetFile),
            Path.Combine(folder, SyntheticNationalSet.ClustersFile)
        );
        var batch = engine.Run(new BatchRequest([folder]) { Benchmarks = data }).Batch!;
        var real = new[]
        {
            "assessments/south-staffordshire/2009-10",
            "assessments/stockport/2008-09",
            "assessments/stockport/2009-10",
            "assessments/trafford/2008-09",
        }.Select(Fixture.Score);
        return ComparisonBuilder.Build([.. real, .. batch.Scores], null, null, batch.Benchmarks);
    });

    private static readonly Lazy<ComparisonPack> Real = new(() =>
        ComparisonBuilder.Build(
            [
                .. new[]
                {
                    "assessments/south-staffordshire/2009-10",
                    "assessments/stockport/2008-09",
                    "assessments/stockport/2009-10",
                    "assessments/trafford/2008-09",
                }.Select(Fixture.Score),
            ],
            null,
            null,
            null
        )
    );

    private static string Html(ComparisonPack pack)
    {
        var (html, error) = Fixture.Templates.RenderCompare(CompareViewBuilder.Build(pack, Fixture.Templates));
        Assert.Null(error);
        return html!;
    }

    private static void RequirePrinting()
    {
        var available =
            PdfPrinter.FindChromium(Testing.TestRuns.Chromium) is not null && File.Exists("/usr/bin/pdftotext");
        if (!available && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("CI must have chromium and poppler-utils: .ci/run installs them");
        }

        Skip.IfNot(available, "chromium or poppler-utils not installed");
    }

    private static async Task<(int Pages, string Text)> PrintAsync(string html)
    {
        byte[] pdf;
        await using (var printer = await PdfPrinter.StartAsync(PdfPrinter.FindChromium(Testing.TestRuns.Chromium)!))
        {
            pdf = (await printer.PrintAsync(html)).Bytes;
        }

        var file = Path.Combine(Fixture.TempDirectory(), "compare.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        if (Environment.GetEnvironmentVariable("WCC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            File.Copy(
                file,
                Path.Combine(
                    folder,
                    html.Contains("class=\"print-appendix\"", StringComparison.Ordinal)
                        ? "compare-appendix.pdf"
                        : "compare-print.pdf"
                ),
                true
            );
        }

        var text = Run("/usr/bin/pdftotext", "-layout", file, "-");
        return (text.Count(c => c == '\f'), text);
    }

    private static string Run(string tool, params string[] args)
    {
        using var process = Process.Start(
            new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true }
        )!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), $"{tool} did not finish");
        Assert.True(process.ExitCode == 0, $"{tool}: {error.Result}");
        return output.Result;
    }

    [SkippableFact]
    public async Task The_national_pack_prints_on_at_most_ten_a4_landscape_pages_with_its_own_running_head()
    {
        RequirePrinting();
        var html = Html(National.Value);
        var (pages, text) = await PrintAsync(html);
        Assert.InRange(pages, 1, MostPages);
        Assert.Contains("WCC comparison pack 2009/10", text);
        Assert.DoesNotContain("WCC assurance report", text);
        foreach (
            var heading in new[]
            {
                "League table",
                "Distribution of levels per competency",
                "Self-assessment against panel",
                "Year-on-year movement",
                "Years side by side",
            }
        )
        {
            Assert.Contains(heading, text);
        }

        Assert.DoesNotContain("Each organisation's outcome rate", text);

        // Asked for, the appendix prints: every organisation's rate of every indicator.
        var (withAppendix, appendixText) = await PrintAsync(
            html.Replace("<body>", "<body class=\"print-appendix\">", StringComparison.Ordinal)
        );
        Assert.True(withAppendix > pages + 20, $"{withAppendix} pages with the appendix, {pages} without");
        Assert.Contains("Each organisation's outcome rate", appendixText);
    }

    [SkippableFact]
    public async Task The_pack_with_its_years_and_appendix_meets_wcag_2_1_aa()
    {
        Skip.If(Accessibility.AxeAudit.Unavailable, "chromium not installed");
        foreach (var pack in new[] { Real.Value, National.Value })
        {
            var violations = await Accessibility.AxeAudit.RunAsync(Html(pack), 1280);
            Assert.True(violations.Count == 0, Accessibility.AxeAudit.Describe(violations));
        }
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_measure_family_with_a_column_per_year()
    {
        var pack = Real.Value;
        var book = new XlsxWorkbook(CompareExports.Xlsx(pack));
        var header = book.RowOf("Competencies by year", s => s == "Code");
        Assert.Equal(
            ["Code", "Organisation", "SHA", "Synthetic", "Competency", "2008-09", "2009-10"],
            book.Rows("Competencies by year")[header - 1].Select(v => v as string)
        );
        var rows = book.Rows("Competencies by year").Skip(header).ToList();
        Assert.Equal(pack.Organisations.Count * pack.YearCompetencies.Count, rows.Count);
        var c11 = rows.Single(r =>
            (string?)r[0] == "5F7" && ((string?)r[4])!.StartsWith("C11 ", StringComparison.Ordinal)
        );
        Assert.Null(c11[5]); // the 2008-09 framework has no C11: empty, not 0
        Assert.IsType<double>(c11[6]);
        var stockport = pack.Organisations.Single(o => o.Code == "5F7");
        var points = book.Rows("Points by year").Single(r => (string?)r[0] == "5F7" && (string?)r[4] == "Total");
        Assert.Equal([stockport.Years[0].Total, stockport.Years[1].Total], points[5..7].Cast<double>());
        var strategy = book.Rows("Governance by year")
            .Single(r => (string?)r[0] == "5F7" && (string?)r[4] == "Strategy");
        Assert.All(strategy[5..7], v => Assert.Contains(v as string, new[] { "Red", "Amber", "Green" }));
        var means = book.Rows("SHA means by year");
        Assert.Contains(means, r =>
            (string?)r[0] == "North West" && (string?)r[1] == "Organisations" && r[2] is 2.0 && r[3] is 1.0
        );
        Assert.Contains(means, r =>
            (string?)r[0] == CompareViewBuilder.AllCompared
            && (string?)r[1] == "Organisations"
            && r[2] is 2.0
            && r[3] is 2.0
        );
        Assert.Contains(book.Rows("Outcomes by year"), r =>
            (string?)r[0] == "5F7" && ((string?)r[4])!.EndsWith("(life-expectancy-males)", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void The_score_cells_of_every_league_row_add_up_to_its_points_and_total()
    {
        var pack = National.Value;
        var book = new XlsxWorkbook(CompareExports.Xlsx(pack));
        var header = book.RowOf("League", s => s == "National rank");
        var names = book.Rows("League")[header - 1].Select(v => v as string).ToList();
        var first = names.IndexOf("C1 Local leader of NHS");
        var (points, governance, total) = (
            names.IndexOf("Competency points"),
            names.IndexOf("Governance points"),
            names.IndexOf("Total")
        );
        var rows = book.Rows("League").Skip(header).ToList();
        Assert.Equal(pack.League.Count, rows.Count);
        foreach (var row in rows)
        {
            var sum = row[first..(first + pack.Competencies.Count)].Sum(v => v is double d ? d : 0);
            Assert.Equal((double)row[points]!, sum, 9);
            Assert.Equal((double)row[total]!, sum + (double)row[governance]!, 9);
        }
    }

    [Fact]
    public void Every_sheet_filter_is_also_a_filter_database_name_for_libreoffice()
    {
        var bytes = CompareExports.Xlsx(Real.Value);
        var book = new XlsxWorkbook(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        var names = workbook.Descendants().Where(e => e.Name.LocalName == "definedName").ToList();
        Assert.Equal(book.SheetNames.Count, names.Count);
        for (var i = 0; i < book.SheetNames.Count; i++)
        {
            var name = names.Single(n => (string?)n.Attribute("localSheetId") == $"{i}");
            Assert.Equal("_xlnm._FilterDatabase", (string?)name.Attribute("name"));
            var range = book.AutoFilter(book.SheetNames[i])!
                .Split(':')
                .Select(c => Regex.Replace(c, "([A-Z]+)([0-9]+)", "$$$1$$$2"));
            Assert.Equal($"'{book.SheetNames[i]}'!{string.Join(':', range)}", name.Value);
        }
    }

    [SkippableFact]
    public void Libreoffice_calc_keeps_every_sheet_filter_when_it_converts_the_workbook_to_ods()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("CI must have LibreOffice Calc: .ci/run installs libreoffice-calc-nogui");
        }

        Skip.If(soffice is null, "LibreOffice not installed");
        var folder = Fixture.TempDirectory();
        var xlsx = Path.Combine(folder, "league.xlsx");
        var bytes = CompareExports.Xlsx(Real.Value);
        File.WriteAllBytes(xlsx, bytes);
        // Its own profile, so a LibreOffice already running (or another test) cannot take the conversion over.
        Run(
            soffice!,
            $"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            folder,
            xlsx
        );
        using var ods = ZipFile.OpenRead(Path.Combine(folder, "league.ods"));
        var content = XDocument.Load(ods.GetEntry("content.xml")!.Open());
        var ranges = content.Descendants().Where(e => e.Name.LocalName == "database-range").ToList();
        var book = new XlsxWorkbook(bytes);
        foreach (var sheet in book.SheetNames)
        {
            var expected = book.AutoFilter(sheet)!.Split(':');
            var range = ranges.SingleOrDefault(r =>
                ((string?)r.Attributes().Single(a => a.Name.LocalName == "target-range-address"))!.StartsWith(
                    Quoted(sheet) + "." + expected[0],
                    StringComparison.Ordinal
                )
            );
            Assert.True(
                range is not null,
                $"{sheet}: no filter after conversion ({string.Join(" | ", ranges.Select(r => r.ToString()))})"
            );
            Assert.Equal(
                "true",
                (string?)range!.Attributes().Single(a => a.Name.LocalName == "display-filter-buttons")
            );
            Assert.EndsWith(
                "." + expected[1],
                (string?)range.Attributes().Single(a => a.Name.LocalName == "target-range-address"),
                StringComparison.Ordinal
            );
        }
    }

    /// <summary>A sheet name as ODS cell addresses write it: quoted when it has a space.</summary>
    private static string Quoted(string sheet) => sheet.Contains(' ', StringComparison.Ordinal) ? $"'{sheet}'" : sheet;
}
