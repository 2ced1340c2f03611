using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Prints HTML reports to A4 PDF with Debian's headless Chromium. One browser serves a whole batch; page
/// numbers and running heads come from the stylesheet's @page rules.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    public static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly IBrowser browser;

    private PdfPrinter(IBrowser browser) => this.browser = browser;

    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable("WCC_CHROMIUM") is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : Candidates.FirstOrDefault(File.Exists);

    public static string InstallHint =>
        "PDF needs Chromium: install it with 'sudo apt-get install -y chromium' (or set WCC_CHROMIUM to its path); HTML and Markdown do not need it";

    public static async Task<PdfPrinter> StartAsync(string executable)
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        }).ConfigureAwait(false);
        return new PdfPrinter(browser);
    }

    public async Task<byte[]> PrintAsync(string html)
    {
        await using var page = await browser.NewPageAsync().ConfigureAwait(false);

        // Reports are self-contained; refusing every request guarantees the PDF cannot depend on the network.
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        page.Request += (_, e) => _ = e.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? e.Request.ContinueAsync() : e.Request.AbortAsync();
        await page.SetContentAsync(html).ConfigureAwait(false);
        var pdf = await PrintPageAsync(page).ConfigureAwait(false);

        // Chromium cannot compute page numbers for a contents list in CSS, so the first print is read back to
        // find the page each section starts on, the numbers are written in, and the page is printed again. The
        // numbers take the space the first print reserved for them, so no section moves.
        var entries = await page.EvaluateExpressionAsync<string[][]>(
            "Array.from(document.querySelectorAll('nav.toc a[href^=\"#\"]')).map(a => [a.getAttribute('href').slice(1), a.textContent.trim()])").ConfigureAwait(false);
        if (entries.Length == 0 || PdfText.FindTool() is not { } pdftotext)
        {
            return pdf;
        }

        var numbers = await PdfText.StartPagesAsync(pdftotext, pdf, [.. entries.Select(e => e[1])]).ConfigureAwait(false);
        var filled = entries.Zip(numbers, (e, n) => new[] { e[0], n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "" }).ToArray();
        await page.EvaluateFunctionAsync(
            "entries => entries.forEach(([id, n]) => document.querySelectorAll('.toc-page[data-for=\"' + id + '\"]').forEach(s => s.textContent = n))",
            [filled]).ConfigureAwait(false);
        return await PrintPageAsync(page).ConfigureAwait(false);
    }

    private static Task<byte[]> PrintPageAsync(IPage page) => page.PdfDataAsync(new PdfOptions
    {
        Format = PaperFormat.A4,
        PrintBackground = true,
        PreferCSSPageSize = true,
        Tagged = true,
        Outline = true,
    });

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync().ConfigureAwait(false);
        browser.Dispose();
    }
}
