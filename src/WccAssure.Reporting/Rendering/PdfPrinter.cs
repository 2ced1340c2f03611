using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Prints HTML reports to A4 PDF with Debian's headless Chromium. One browser serves a whole batch; page
/// numbers and running heads come from the stylesheet's @page rules.
/// </summary>
internal sealed class PdfPrinter : IAsyncDisposable
{
    public static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ];

    private readonly IBrowser browser;
    private readonly Pdf.PrintPages pages;

    /// <summary>
    /// PuppeteerSharp reads this once, the first time it serializes anything, so it is set before any browser starts.
    /// </summary>
    static PdfPrinter() => Puppeteer.ExtraJsonSerializerContext = PdfJson.Default;

    private PdfPrinter(IBrowser browser)
    {
        this.browser = browser;
        pages = new Pdf.PrintPages(browser, Pdf.PrintPages.Size);
    }

    public static string? FindChromium(string? chosen) =>
        chosen is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : Candidates.FirstOrDefault(File.Exists);

    public static string InstallHint =>
        "PDF needs Chromium: install it with 'sudo apt-get install -y chromium' (or set WCC_CHROMIUM to its path); "
        + "HTML and Markdown do not need it";

    /// <summary>
    /// How long Chromium may take to start and report its DevTools endpoint; it takes about a second.
    /// </summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long one DevTools call (opening a page, printing it) may take before the browser counts as hung.
    /// </summary>
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
            var browser = await launcher
                .LaunchAsync(
                    new LaunchOptions
                    {
                        ExecutablePath = executable,
                        Headless = true,
                        Timeout = (int)StartLimit.TotalMilliseconds,
                        ProtocolTimeout = (int)CallLimit.TotalMilliseconds,
                        Args =
                        [
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic",
                        ],
                    }
                )
                .ConfigureAwait(false);
            return new PdfPrinter(browser);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Kill(launcher.Process?.Process);
            throw new TimeoutException(
                $"Chromium ({executable}) did not start and answer within {StartLimit.TotalSeconds:0} s "
                    + $"({e.Message.TrimEnd('.', '!')})",
                e
            );
        }
    }

    private static void Kill(System.Diagnostics.Process? process)
    {
        try
        {
            process?.Kill(entireProcessTree: true);
        }
        catch (Exception e)
            when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// Prints the page once. Chromium cannot compute page numbers for a contents list in CSS, so each entry's
    /// number slot is made a link to its section before printing (<see cref="Pdf.ContentsNumbers"/>); the print then
    /// says where each slot is and on which page its section starts, and the numbers are written in.
    /// </summary>
    public Task<PrintedPdf> PrintAsync(string html) => pages.UseAsync(page => PrintAsync(page, html));

    /// <summary>How many browser pages this printer has opened: fewer than its prints once pages are reused.</summary>
    internal int PagesOpened => pages.Opened;

    private static async Task<PrintedPdf> PrintAsync(IPage page, string html)
    {
        await page.SetContentAsync(html).ConfigureAwait(false);
        var slots = await page.EvaluateFunctionAsync<string[][]>(SlotScript, Pdf.ContentsNumbers.SlotStyle)
            .ConfigureAwait(false);
        var pdf = Pdf.StructureIds.Renumber(
            await page.PdfDataAsync(
                    new PdfOptions
                    {
                        Format = PaperFormat.A4,
                        PrintBackground = true,
                        PreferCSSPageSize = true,
                        Tagged = true,
                        Outline = true,
                    }
                )
                .ConfigureAwait(false)
        );
        if (slots.Length == 0)
        {
            return new PrintedPdf(PdfStamp.Apply(pdf), []);
        }

        try
        {
            var (numbered, missing) = Pdf.ContentsNumbers.Fill(pdf, [.. slots.Select(Slot)], Number(slots[0][4]));
            return new PrintedPdf(PdfStamp.Apply(numbered), missing);
        }
        catch (InvalidDataException e)
        {
            return new PrintedPdf(PdfStamp.Apply(pdf), [$"the PDF could not be read back ({e.Message})"]);
        }
    }

    /// <summary>
    /// Puts an empty link to its section in each contents entry's page-number span (the stylesheet shows " · page "
    /// before a span that is not empty) and returns each entry's id, the colour its number is drawn in (0-255 RGB)
    /// and the slot's width over its height as laid out.
    /// </summary>
    private const string SlotScript = """
        style => Array.from(document.querySelectorAll('nav.toc .toc-page[data-for]')).map(span => {
          const slot = document.createElement('a');
          slot.setAttribute('href', '#' + span.dataset.for);
          slot.setAttribute('style', style);
          slot.setAttribute('aria-hidden', 'true');
          slot.setAttribute('tabindex', '-1');
          span.replaceChildren(slot);
          const box = slot.getBoundingClientRect();
          const [r, g, b] = getComputedStyle(span).color.match(/[\d.]+/g);
          return [span.dataset.for, r, g, b, String(box.width / box.height)];
        })
        """;

    private static Pdf.ContentsSlot Slot(string[] entry) =>
        new(entry[0], (Number(entry[1]) / 255, Number(entry[2]) / 255, Number(entry[3]) / 255));

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

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
        pages.Dispose();
    }
}
