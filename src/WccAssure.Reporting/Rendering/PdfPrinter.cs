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

    /// <summary>PuppeteerSharp reads this once, the first time it serializes anything, so it is set before any browser starts.</summary>
    static PdfPrinter() => Puppeteer.ExtraJsonSerializerContext = PdfJson.Default;

    private PdfPrinter(IBrowser browser) => this.browser = browser;

    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable("WCC_CHROMIUM") is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : Candidates.FirstOrDefault(File.Exists);

    public static string InstallHint =>
        "PDF needs Chromium: install it with 'sudo apt-get install -y chromium' (or set WCC_CHROMIUM to its path); HTML and Markdown do not need it";

    /// <summary>How long Chromium may take to start and report its DevTools endpoint; it takes about a second.</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);

    /// <summary>How long one DevTools call (opening a page, printing it) may take before the browser counts as hung.</summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Starts Chromium. One that does not answer in time is killed with its children and the failure is a
    /// <see cref="TimeoutException"/> naming the program: left running, it would hold wcc's output streams open
    /// and keep the user's shell waiting after wcc had given up.
    /// </summary>
    public static async Task<PdfPrinter> StartAsync(string executable)
    {
        var launcher = new Launcher();
        try
        {
            var browser = await launcher.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Timeout = (int)StartLimit.TotalMilliseconds,
                ProtocolTimeout = (int)CallLimit.TotalMilliseconds,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic",
                ],
            }).ConfigureAwait(false);
            return new PdfPrinter(browser);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Kill(launcher.Process?.Process);
            throw new TimeoutException($"Chromium ({executable}) did not start and answer within {StartLimit.TotalSeconds:0} s ({e.Message.TrimEnd('.', '!')})", e);
        }
    }

    private static void Kill(System.Diagnostics.Process? process)
    {
        try
        {
            process?.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    public async Task<byte[]> PrintAsync(string html)
    {
        await using var page = await browser.NewPageAsync().ConfigureAwait(false);

        // Reports are self-contained; refusing every request guarantees the PDF cannot depend on the network.
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        page.Request += (_, e) => _ = e.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? e.Request.ContinueAsync() : e.Request.AbortAsync();
        await page.SetContentAsync(html).ConfigureAwait(false);

        // Chromium cannot compute page numbers for a contents list in CSS, so a first, draft print is read back to
        // find the page each section starts on, the numbers are written in, and the page is printed again. The
        // numbers take the space the first print reserved for them, so no section moves. Without a contents list,
        // or without pdftotext to read the draft, the one print is the final one.
        var entries = await page.EvaluateExpressionAsync<string[][]>(
            "Array.from(document.querySelectorAll('nav.toc a[href^=\"#\"]')).map(a => [a.getAttribute('href').slice(1), a.textContent.trim()])").ConfigureAwait(false);
        if (entries.Length > 0 && PdfText.FindTool() is { } pdftotext)
        {
            var draft = await PrintPageAsync(page, draft: true).ConfigureAwait(false);
            var numbers = await PdfText.StartPagesAsync(pdftotext, draft, [.. entries.Select(e => e[1])]).ConfigureAwait(false);
            var filled = entries.Zip(numbers, (e, n) => new[] { e[0], n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "" }).ToArray();
            await page.EvaluateFunctionAsync(
                "entries => entries.forEach(([id, n]) => document.querySelectorAll('.toc-page[data-for=\"' + id + '\"]').forEach(s => s.textContent = n))",
                [filled]).ConfigureAwait(false);
        }

        return PdfStamp.Apply(await PrintPageAsync(page, draft: false).ConfigureAwait(false));
    }

    /// <summary>
    /// A draft print is only read for its text, to find the pages: without backgrounds, the tag tree and the outline
    /// it is much quicker, and none of the three moves anything on the page.
    /// </summary>
    private static Task<byte[]> PrintPageAsync(IPage page, bool draft) => page.PdfDataAsync(new PdfOptions
    {
        Format = PaperFormat.A4,
        PrintBackground = !draft,
        PreferCSSPageSize = true,
        Tagged = !draft,
        Outline = !draft,
    });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or PuppeteerException or IOException)
        {
            // A browser that does not close when asked is stopped, so it cannot outlive wcc.
            Kill(browser.Process);
        }

        browser.Dispose();
    }
}
