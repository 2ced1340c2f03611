using System.Globalization;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using PuppeteerSharp;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests.Accessibility;

/// <summary>
/// Audits a page with axe-core's WCAG 2.0/2.1 level A and AA rules in the same headless Chromium that prints PDFs,
/// so a page is judged as it is laid out and coloured, not as its markup reads.
/// </summary>
public static class AxeAudit
{
    /// <summary>The rule tags of the project's standard: WCAG 2.1 AA includes everything from 2.0 A upwards.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    // A failing node's markup can be a whole table; the opening tag and a little text are enough to find it.
    private const int SnippetLength = 240;

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// True when the audit cannot run here; CI installs Chromium, so only a developer machine may skip.
    /// </summary>
    public static bool Unavailable =>
        PdfPrinter.FindChromium(Testing.TestRuns.Chromium) is null
        && Environment.GetEnvironmentVariable("CI") != "true";

    /// <summary>
    /// Opens <paramref name="html"/> at the given viewport, runs axe and returns its violations (empty when the page
    /// passes).
    /// </summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(string html, int width = 1280, int height = 900)
    {
        var chromium = PdfPrinter.FindChromium(Testing.TestRuns.Chromium)
            ?? throw new InvalidOperationException(PdfPrinter.InstallHint);
        await using var browser = await Puppeteer.LaunchAsync(
            new LaunchOptions
            {
                ExecutablePath = chromium,
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
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });

        // Pages are self-contained; refusing the network means a stray external reference cannot make the audit flaky.
        await page.SetRequestInterceptionAsync(true);
        page.Request += (_, e) =>
            _ = e.Request.Url.StartsWith("data:", StringComparison.Ordinal)
                ? e.Request.ContinueAsync()
                : e.Request.AbortAsync();
        await page.SetContentAsync(html);
        await page.EvaluateExpressionAsync(Script.Value);

        using var options = JsonSerializer.SerializeToDocument(
            new { runOnly = new { type = "tag", values = Tags }, resultTypes = new[] { "violations" } }
        );
        var json = await page.EvaluateFunctionAsync<string>(
            """
            async (options, snippetLength) => {
              const results = await axe.run(document, options);
              return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                  target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
                  html: n.html.length > snippetLength ? n.html.slice(0, snippetLength) + '…' : n.html,
                  failureSummary: n.failureSummary ?? null,
                })),
              })));
            }
            """,
            options.RootElement,
            SnippetLength
        );
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }

    /// <summary>
    /// A developer-readable list: one block per rule, one line per failing element with its selector and markup.
    /// </summary>
    public static string Describe(IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{violations.Count} axe violation(s):").AppendLine();
        foreach (var violation in violations)
        {
            text.Append(
                    CultureInfo.InvariantCulture,
                    $"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})"
                )
                .AppendLine();
            foreach (var node in violation.Nodes)
            {
                text.Append(CultureInfo.InvariantCulture, $"    at {string.Join(", ", node.Target)}: {node.Html}")
                    .AppendLine();
                if (node.FailureSummary is { Length: > 0 } summary)
                {
                    text.Append("      ").AppendLine(summary.ReplaceLineEndings(" "));
                }
            }
        }

        return text.ToString();
    }
}
