using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// The browser's open pages, each reused report after report. Opening a page starts a renderer process and sets it
/// up (request blocking, print media); a handful kept open do that once each instead of once per report, which
/// halved the time of a national batch with PDFs. A page whose print failed is closed rather than trusted again;
/// the others close with the browser.
/// </summary>
internal sealed class PrintPages(IBrowser browser, int size) : IDisposable
{
    /// <summary>
    /// Chromium renders pages in separate processes: one page more than there are cores keeps them all busy, and more
    /// than three only adds renderers' memory on a larger machine whose batch is not longer.
    /// </summary>
    public static int Size => Math.Min(3, Environment.ProcessorCount + 1);

    private readonly SemaphoreSlim turns = new(size);
    private readonly Stack<IPage> idle = new();

    /// <summary>How many pages have been opened so far, closed ones included.</summary>
    public int Opened { get; private set; }

    /// <summary>Runs <paramref name="print"/> on a page of its own, waiting for one when all are busy.</summary>
    public async Task<T> UseAsync<T>(Func<IPage, Task<T>> print)
    {
        await turns.WaitAsync().ConfigureAwait(false);
        try
        {
            var page = Take() ?? await OpenAsync().ConfigureAwait(false);
            T result;
            try
            {
                result = await print(page).ConfigureAwait(false);
            }
            catch
            {
                await CloseAsync(page).ConfigureAwait(false);
                throw;
            }

            lock (idle)
            {
                idle.Push(page);
            }

            return result;
        }
        finally
        {
            turns.Release();
        }
    }

    private IPage? Take()
    {
        lock (idle)
        {
            return idle.TryPop(out var page) ? page : null;
        }
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await browser.NewPageAsync().ConfigureAwait(false);
        lock (idle)
        {
            Opened++;
        }

        // Reports are self-contained; refusing every request guarantees the PDF cannot depend on the network.
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        page.Request += (_, e) =>
            _ = e.Request.Url.StartsWith("data:", StringComparison.Ordinal)
                ? e.Request.ContinueAsync()
                : e.Request.AbortAsync();

        // The slots are measured before printing, so the layout they are measured in must already be the print one.
        await page.EmulateMediaTypeAsync(MediaType.Print).ConfigureAwait(false);
        return page;
    }

    private static async Task CloseAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is PuppeteerException or IOException or TimeoutException)
        {
            // The browser is closed with the printer in any case.
        }
    }

    /// <summary>The pages themselves close with the browser.</summary>
    public void Dispose() => turns.Dispose();
}
