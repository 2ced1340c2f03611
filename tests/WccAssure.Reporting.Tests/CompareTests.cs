using ClosedXML.Excel;
using PuppeteerSharp;
using WccAssure.Core.Comparison;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>The comparison pack page, its exports, and the page's sorting and filtering in a real browser.</summary>
public class CompareTests
{
    private static readonly ComparisonPack Pack = ComparisonBuilder.Build(
        [.. new[] { "assessments/south-staffordshire/2009-10", "assessments/stockport/2008-09", "assessments/stockport/2009-10", "assessments/trafford/2008-09" }
            .Select(Fixture.Score)],
        "2009-10",
        null,
        null);

    private static string Html()
    {
        var (html, error) = Fixture.Templates.RenderCompare(CompareViewBuilder.Build(Pack, Fixture.Templates.Css));
        Assert.Null(error);
        return html!;
    }

    [Fact]
    public void The_page_has_the_league_heatmap_distribution_calibration_and_movement()
    {
        var html = Html();
        foreach (var id in new[] { "league-table", "distribution", "calibration", "movement" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }

        Assert.Contains("South Staffordshire PCT", html);
        Assert.Contains("2008-09 → 2009-10", html);
        Assert.DoesNotContain("synthetic-banner", html);
    }

    [Fact]
    public void The_csv_export_is_one_row_per_organisation_with_ranks_basis_and_provenance()
    {
        var lines = CompareExports.Csv(Pack).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rank,sha_rank,code,organisation,sha,year,status,synthetic,basis,provenance,c1,", lines[0]);
        Assert.Equal(3, lines.Length);
        var south = Pack.League.Single(r => r.Code == "5PK");
        Assert.True(south.Reconstructed > 0); // the seed report lost glyphs; those ratings are reconstructions
        Assert.Contains(lines, l => l.Contains($",5PK,South Staffordshire PCT,West Midlands,2009-10,panel,no,panel,\"panel, {south.Reconstructed} reconstructed ratings\",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",5F7,Stockport PCT,North West,2009-10,self-assessment,no,evidenced,evidenced levels (computed by the tool),", StringComparison.Ordinal));
    }

    /// <summary>The header row of a sheet: the row whose first cell is the first column's name.</summary>
    private static IXLRow HeaderRow(IXLWorksheet sheet, string first) => sheet.RowsUsed().First(r => r.Cell(1).GetString() == first);

    [Fact]
    public void The_xlsx_league_has_headers_in_words_rag_fills_and_number_formats()
    {
        using var workbook = new XLWorkbook(new MemoryStream(CompareExports.Xlsx(Pack)));
        var sheet = workbook.Worksheet("League");
        var headerRow = HeaderRow(sheet, "National rank");
        var header = headerRow.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("C1 Local leader of NHS", header);
        Assert.Contains("Rank in SHA", header);
        var row = sheet.RowsUsed().First(r => r.Cell(3).GetString() == "5PK");
        var strategy = row.Cell(header.IndexOf("Strategy") + 1);
        Assert.Equal("Amber", strategy.GetString());
        Assert.Equal("FFFBE9C3", strategy.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Green", row.Cell(header.IndexOf("Finance") + 1).GetString());
        var c1 = row.Cell(header.IndexOf("C1 Local leader of NHS") + 1);
        Assert.Equal(XLDataType.Number, c1.DataType);
        Assert.Equal("0.00", c1.Style.NumberFormat.Format);
        Assert.NotEqual("FFFBE9C3", c1.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture)); // not the RAG scale
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(headerRow.RowNumber(), sheet.AutoFilter.Range.FirstRow().RowNumber());
    }

    [Fact]
    public void The_xlsx_has_a_sheet_per_section_and_the_synthetic_notice_above_the_header()
    {
        var real = Fixture.Score("assessments/south-staffordshire/2009-10");
        var synthetic = real with { Assessment = real.Assessment with { OrganisationCode = "5QT", Sha = "South Central", Synthetic = true, Folder = "synthetic/5qt/2009-10" } };
        var pack = ComparisonBuilder.Build([real, synthetic], "2009-10", null, null);
        using var workbook = new XLWorkbook(new MemoryStream(CompareExports.Xlsx(pack)));
        Assert.Equal(["League", "Distribution", "Calibration", "Movement", "Outcome benchmarks", "Outcome rates"], workbook.Worksheets.Select(w => w.Name));
        foreach (var sheet in workbook.Worksheets)
        {
            var notice = sheet.RowsUsed().First(r => r.Cell(1).GetString().Contains("SYNTHETIC", StringComparison.Ordinal)).RowNumber();
            Assert.True(notice < sheet.AutoFilter.Range.FirstRow().RowNumber(), $"{sheet.Name}: the notice is not above the filtered rows");
        }
    }

    [Fact]
    public void The_xlsx_keeps_codes_as_text()
    {
        var row = Pack.League[0] with { Code = "5E1" };
        var pack = Pack with { League = [row] };
        var first = CompareExports.Xlsx(pack);
        using var workbook = new XLWorkbook(new MemoryStream(first));
        var sheet = workbook.Worksheet("League");
        var data = HeaderRow(sheet, "National rank").RowBelow();
        Assert.Equal(XLDataType.Text, data.Cell(3).DataType);
        Assert.Equal("5E1", data.Cell(3).GetString());
        Assert.Equal(XLDataType.Number, data.Cell(1).DataType);
    }

    [SkippableFact]
    public async Task Clicking_a_header_sorts_and_the_sha_filter_hides_other_shas()
    {
        Skip.If(PdfPrinter.FindChromium() is null && Environment.GetEnvironmentVariable("CI") != "true", "chromium not installed");
        var scores = new[] { "assessments/south-staffordshire/2009-10", "assessments/stockport/2009-10" }.Select(Fixture.Score).ToList();
        var pack = ComparisonBuilder.Build(scores, "2009-10", null, null);
        var (html, _) = Fixture.Templates.RenderCompare(CompareViewBuilder.Build(pack, Fixture.Templates.Css));
        var file = Path.Combine(Fixture.TempDirectory(), "compare.html");
        File.WriteAllText(file, html);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = PdfPrinter.FindChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync("file://" + file);
        async Task<string[]> Codes() => await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('#league-table tbody tr')).filter(r => !r.hidden).map(r => r.cells[2].textContent)");

        var before = await Codes();
        Assert.Equal(2, before.Length);
        var codeHeader = await page.QuerySelectorAsync("#league-table thead th:nth-child(3) button");
        await codeHeader.ClickAsync();
        Assert.Equal(["5F7", "5PK"], await Codes());
        await codeHeader.ClickAsync();
        Assert.Equal(["5PK", "5F7"], await Codes());
        await page.SelectAsync("#sha-filter", "North West");
        Assert.Equal(["5F7"], await Codes());
        Assert.Equal("1 shown", await page.EvaluateExpressionAsync<string>("document.getElementById('row-count').textContent"));
    }
}
