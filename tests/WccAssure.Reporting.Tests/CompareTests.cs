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
    public void The_csv_export_is_one_row_per_organisation()
    {
        var lines = CompareExports.Csv(Pack).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rank,code,organisation,sha,year,status,synthetic,basis,c1,", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(",5PK,South Staffordshire PCT,West Midlands,2009-10,panel,no,panel,", StringComparison.Ordinal));
    }

    [Fact]
    public void The_xlsx_export_fills_governance_cells_with_their_rag_colour()
    {
        using var workbook = new XLWorkbook(new MemoryStream(CompareExports.Xlsx(Pack)));
        var sheet = workbook.Worksheet("League");
        var header = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var row = sheet.RowsUsed().First(r => r.Cell(2).GetString() == "5PK");
        var strategy = row.Cell(header.IndexOf("strategy") + 1);
        Assert.Equal("amber", strategy.GetString());
        Assert.Equal("FFFBE9C3", strategy.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("green", row.Cell(header.IndexOf("finance") + 1).GetString());
    }

    [Fact]
    public void The_xlsx_keeps_codes_as_text()
    {
        var row = Pack.League[0] with { Code = "5E1" };
        var pack = Pack with { League = [row] };
        var first = CompareExports.Xlsx(pack);
        using var workbook = new XLWorkbook(new MemoryStream(first));
        var code = workbook.Worksheet("League").Cell(2, 2);
        Assert.Equal(XLDataType.Text, code.DataType);
        Assert.Equal("5E1", code.GetString());
        Assert.Equal(XLDataType.Number, workbook.Worksheet("League").Cell(2, 1).DataType);
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
            "Array.from(document.querySelectorAll('#league-table tbody tr')).filter(r => !r.hidden).map(r => r.cells[1].textContent)");

        var before = await Codes();
        Assert.Equal(2, before.Length);
        var codeHeader = await page.QuerySelectorAsync("#league-table thead th:nth-child(2)");
        await codeHeader.ClickAsync();
        Assert.Equal(["5F7", "5PK"], await Codes());
        await codeHeader.ClickAsync();
        Assert.Equal(["5PK", "5F7"], await Codes());
        await page.SelectAsync("#sha-filter", "North West");
        Assert.Equal(["5F7"], await Codes());
        Assert.Equal("1 shown", await page.EvaluateExpressionAsync<string>("document.getElementById('row-count').textContent"));
    }
}
