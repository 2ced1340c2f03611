using PuppeteerSharp;
using PuppeteerSharp.Media;
using WccAssure.Core.Comparison;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The comparison page as SHA staff use it, in a real browser at 1280 px over a national-sized league (150 rows):
/// the ranks, basis and total in view without scrolling sideways, a header row and organisation column that stay in
/// view, sorting from the keyboard, hiding synthetic rows, both ranks under the SHA filter, and A4 landscape print.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class CompareBrowserTests
{
    private const int Desktop = 1280;

    /// <summary>
    /// 150 organisations: clones of two real assessments under other codes, half of them synthetic, over five SHAs.
    /// </summary>
    private static readonly Lazy<ComparisonPack> National = new(() =>
    {
        var real = new[] { "assessments/south-staffordshire/2009-10", "assessments/stockport/2009-10" }
            .Select(Fixture.Score)
            .ToList();
        string[] shas = ["North West", "West Midlands", "London", "South West", "East Midlands"];
        var scores = Enumerable
            .Range(0, 148)
            .Select(i =>
            {
                var source = real[i % 2];
                return source with
                {
                    Assessment = source.Assessment with
                    {
                        OrganisationCode = $"X{i:D3}",
                        OrganisationName =
                            $"Clone number {i} of {source.Assessment.OrganisationName} Primary Care Trust",
                        Sha = shas[i % shas.Length],
                        Synthetic = i % 2 == 1,
                        Folder = $"clones/x{i:D3}/2009-10",
                    },
                };
            })
            .Concat(real)
            .ToList();
        return ComparisonBuilder.Build(scores, "2009-10", null, null);
    });

    private static async Task<(IBrowser Browser, IPage Page)> Open(ComparisonPack pack, int width = Desktop)
    {
        var (html, error) = Fixture.Templates.RenderCompare(CompareViewBuilder.Build(pack, Fixture.Templates));
        Assert.Null(error);
        var file = Path.Combine(Fixture.TempDirectory(), "compare.html");
        File.WriteAllText(file, html);
        var browser = await Puppeteer.LaunchAsync(
            new LaunchOptions
            {
                ExecutablePath = PdfPrinter.FindChromium(Testing.TestRuns.Chromium),
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            }
        );
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await page.GoToAsync("file://" + file);
        return (browser, page);
    }

    private static void SkipWithoutChromium() =>
        Skip.If(
            PdfPrinter.FindChromium(Testing.TestRuns.Chromium) is null
                && Environment.GetEnvironmentVariable("CI") != "true",
            "chromium not installed"
        );

    private static Task<string[]> VisibleCodes(IPage page) =>
        page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('#league-table tbody tr')).filter(r => !r.hidden).map(r => "
                + "r.cells[3].textContent)"
        );

    private static Task<double> Right(IPage page, string selector) =>
        page.EvaluateExpressionAsync<double>($"document.querySelector('{selector}').getBoundingClientRect().right");

    [SkippableFact]
    public async Task At_1280_px_the_ranks_basis_and_total_are_in_view_without_scrolling_sideways()
    {
        SkipWithoutChromium();
        var (browser, page) = await Open(National.Value);
        await using var _ = browser;
        Assert.True(
            await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways"
        );
        foreach (var heading in new[] { "Rank", "In SHA", "Organisation", "Basis", "Total" })
        {
            var right = await page.EvaluateExpressionAsync<double>(
                $"Array.from(document.querySelectorAll('#league-table thead th')).find(th => th.textContent.trim() "
                    + $"=== '{heading}').getBoundingClientRect().right"
            );
            Assert.True(right <= Desktop, $"'{heading}' ends at {right} px, past the 1280 px window");
        }

        // Names do not wrap: every row is one line high.
        var tallest = await page.EvaluateExpressionAsync<double>(
            "Math.max(...Array.from(document.querySelectorAll('#league-table tbody tr')).map(r => "
                + "r.getBoundingClientRect().height))"
        );
        Assert.True(tallest < 32, $"a row is {tallest} px high");
        if (Environment.GetEnvironmentVariable("WCC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            // For a person to look at: the page as drawn, and under a deuteranopia simulation (Machado et al. 2009,
            // severity 1).
            await page.ScreenshotAsync(Path.Combine(folder, "compare-1280.png"));
            await page.AddStyleTagAsync(new AddTagOptions { Content = "html { filter: url('#deuteranopia'); }" });
            await page.EvaluateExpressionAsync(
                """
                document.body.insertAdjacentHTML('beforeend',
                  '<svg width="0" height="0" style="position:absolute"><filter id="deuteranopia">'
                  + '<feColorMatrix type="matrix" values="0.367 0.861 -0.228 0 0  0.280 0.673 0.047 0 0  '
                  + '-0.012 0.043 0.969 0 0  0 0 0 1 0"/></filter></svg>')
                """
            );
            await page.ScreenshotAsync(Path.Combine(folder, "compare-1280-deuteranopia.png"));
        }
    }

    [SkippableFact]
    public async Task The_national_page_meets_wcag_2_1_aa()
    {
        SkipWithoutChromium();
        var (html, error) = Fixture.Templates.RenderCompare(
            CompareViewBuilder.Build(National.Value, Fixture.Templates)
        );
        Assert.Null(error);
        var violations = await Accessibility.AxeAudit.RunAsync(html!, Desktop);
        Assert.True(violations.Count == 0, Accessibility.AxeAudit.Describe(violations));
    }

    [SkippableFact]
    public async Task The_header_row_and_organisation_column_stay_in_view_over_150_rows()
    {
        SkipWithoutChromium();
        var (browser, page) = await Open(National.Value);
        await using var _ = browser;
        Assert.Equal(150, (await VisibleCodes(page)).Length);
        var top = await page.EvaluateExpressionAsync<double>(
            "document.getElementById('league-wrap').getBoundingClientRect().top"
        );
        await page.EvaluateExpressionAsync("document.getElementById('league-wrap').scrollTop = 3000");
        var header = await page.EvaluateExpressionAsync<double>(
            "document.querySelector('#league-table thead th').getBoundingClientRect().top"
        );
        Assert.InRange(header, top - 1, top + 2);

        var left = await page.EvaluateExpressionAsync<double>(
            "document.getElementById('league-wrap').getBoundingClientRect().left"
        );
        await page.EvaluateExpressionAsync("document.getElementById('league-wrap').scrollLeft = 2000");
        var organisation = await page.EvaluateExpressionAsync<double>(
            "document.querySelector('#league-table tbody tr:not([hidden]) td.org').getBoundingClientRect().left"
        );
        Assert.InRange(organisation, left - 1, left + 2);
    }

    [SkippableFact]
    public async Task At_1280_px_the_league_fits_or_scrolls_with_its_first_column_fixed_and_says_so()
    {
        SkipWithoutChromium();
        var (browser, page) = await Open(National.Value);
        await using var _ = browser;
        Assert.True(
            await page.EvaluateExpressionAsync<bool>(
                "Array.from(document.querySelectorAll('#league-table tr')).every(r => "
                    + "r.cells[0].classList.contains('org'))"
            ),
            "the organisation is not the first column"
        );
        var overflows = await page.EvaluateExpressionAsync<bool>(
            "(w => w.scrollWidth > w.clientWidth + 1)(document.getElementById('league-wrap'))"
        );
        var note = "document.getElementById('league-scroll-note')";
        Assert.Equal(
            overflows,
            await page.EvaluateExpressionAsync<bool>($"!{note}.hidden && {note}.getBoundingClientRect().height > 0")
        );
        if (overflows)
        {
            Assert.Contains(
                "the organisation column stays in place",
                await page.EvaluateExpressionAsync<string>($"{note}.textContent")
            );
            var first = "document.querySelector('#league-table tbody tr td:first-child').getBoundingClientRect().left";
            var before = await page.EvaluateExpressionAsync<double>(first);
            await page.EvaluateExpressionAsync("document.getElementById('league-wrap').scrollLeft = 5000");
            Assert.InRange(await page.EvaluateExpressionAsync<double>(first), before - 1, before + 1);
            // What was off-screen can be reached: the last column scrolls into the window.
            var last = await page.EvaluateExpressionAsync<double>(
                "document.querySelector('#league-table thead th:last-child').getBoundingClientRect().right"
            );
            Assert.True(last <= Desktop, $"the last column ends at {last} px after scrolling");
        }

        // A window wide enough for the whole table says nothing of scrolling.
        await page.SetViewportAsync(new ViewPortOptions { Width = 2400, Height = 900 });
        Assert.True(await page.EvaluateExpressionAsync<bool>($"{note}.hidden"), "the note shows when the table fits");
    }

    [SkippableFact]
    public async Task Sorting_works_from_the_keyboard()
    {
        SkipWithoutChromium();
        var (browser, page) = await Open(National.Value);
        await using var _ = browser;
        var codes = (await VisibleCodes(page)).ToList();
        await page.FocusAsync("#league-table thead th:nth-child(4) button");
        Assert.Equal("Code", await page.EvaluateExpressionAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(codes.Order(StringComparer.Ordinal), await VisibleCodes(page));
        await page.Keyboard.PressAsync(" ");
        Assert.Equal(codes.OrderDescending(StringComparer.Ordinal), await VisibleCodes(page));
        Assert.Equal(
            "descending",
            await page.EvaluateExpressionAsync<string>(
                "document.querySelector('#league-table thead th:nth-child(4)').getAttribute('aria-sort')"
            )
        );
    }

    [SkippableFact]
    public async Task Synthetic_rows_can_be_hidden_and_the_sha_filter_shows_both_ranks()
    {
        SkipWithoutChromium();
        var pack = National.Value;
        var (browser, page) = await Open(pack);
        await using var _ = browser;
        await page.ClickAsync("#hide-synthetic");
        var shown = await VisibleCodes(page);
        Assert.Equal(pack.League.Where(r => !r.Synthetic).Select(r => r.Code).Order(), shown.Order());
        Assert.Equal(
            $"{shown.Length} shown",
            await page.EvaluateExpressionAsync<string>("document.getElementById('row-count').textContent")
        );
        await page.ClickAsync("#hide-synthetic");

        await page.SelectAsync("#sha-filter", "North West");
        var ranks = await page.EvaluateExpressionAsync<string[][]>(
            "Array.from(document.querySelectorAll('#league-table tbody tr')).filter(r => !r.hidden).map(r => "
                + "[r.cells[3].textContent, r.cells[1].textContent, r.cells[2].textContent])"
        );
        var expected = pack.League.Where(r => r.Sha == "North West").ToList();
        Assert.Equal(expected.Select(r => new[] { r.Code, $"{r.Rank}", $"{r.ShaRank}" }), ranks);
        Assert.Equal("1", ranks[0][2]);
        Assert.NotEqual("1", ranks[^1][1]);
    }

    [SkippableFact]
    public async Task The_pack_prints_on_a4_landscape_with_no_column_lost()
    {
        SkipWithoutChromium();
        var (browser, page) = await Open(National.Value);
        await using var _ = browser;
        await page.EmulateMediaTypeAsync(MediaType.Print);
        // A4 landscape less the page's 8 mm side margins, at 96 px to the inch: (297 − 16) mm ≈ 1062 px.
        await page.SetViewportAsync(new ViewPortOptions { Width = 1062, Height = 750 });
        var overflow = await page.EvaluateExpressionAsync<double>(
            "(() => { const t = document.getElementById('league-table'); const last = "
                + "t.tHead.rows[0].cells[t.tHead.rows[0].cells.length - 1]; return last.getBoundingClientRect().right "
                + "- document.body.getBoundingClientRect().right; })()"
        );
        Assert.True(overflow <= 1, $"the last column ends {overflow} px past the printable width");
        Assert.True(
            await page.EvaluateExpressionAsync<bool>(
                "getComputedStyle(document.getElementById('competency-key')).display !== 'none'"
            ),
            "competency names are not printed"
        );
        var pdf = await page.PdfDataAsync(
            new PdfOptions
            {
                Format = PaperFormat.A4,
                Landscape = true,
                PrintBackground = true,
                PreferCSSPageSize = true,
            }
        );
        Assert.True(pdf.Length > 1000);
        if (Environment.GetEnvironmentVariable("WCC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "compare-a4-landscape.pdf"), pdf);
        }
    }
}
