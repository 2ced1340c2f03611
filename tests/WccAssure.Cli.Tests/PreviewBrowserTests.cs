using System.Diagnostics;
using PuppeteerSharp;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Tests;

/// <summary>
/// The live preview in a real browser: `wcc preview` runs as its own process on a copy of an assessment, a
/// headless Chromium has the page open, and files are edited as an author's editor would save them. The timing
/// is part of what is tested, so these run alone, not beside the mutation run in the same test process.
/// </summary>
[Collection(PreviewTiming.Name)]
[Trait(Tier.Name, Tier.Slow)]
public class PreviewBrowserTests
{
    /// <summary>From a save to the page showing it; the issue asks for a second.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(1);

    [SkippableFact]
    public async Task The_open_page_follows_an_edit_shows_a_breakage_as_a_located_finding_and_drops_it_when_mended()
    {
        Skip.If(
            PdfPrinter.FindChromium(Testing.TestRuns.Chromium) is null
                && Environment.GetEnvironmentVariable("CI") != "true",
            "chromium not installed"
        );
        var folder = Copy(Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10"));
        using var preview = PreviewProcess.Start(folder, TimeSpan.FromSeconds(60));
        await using var browser = await Puppeteer.LaunchAsync(
            new LaunchOptions
            {
                ExecutablePath = PdfPrinter.FindChromium(Testing.TestRuns.Chromium),
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            }
        );
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(preview.Url.ToString());
        Assert.Equal("valid", await State(page));
        Assert.Contains("South Staffordshire", await page.GetTitleAsync());
        await page.EvaluateExpressionAsync("window.samePage = true");
        var c01 = Path.Combine(folder, "competencies", "c01.yaml");
        var original = File.ReadAllText(c01);

        // An edit: the new rationale appears in the open page, which was not reloaded.
        var edited = original.Replace(
            "Key stakeholders agree that the PCT is recognised",
            "Edited in the preview test: stakeholders agree the PCT is recognised",
            StringComparison.Ordinal
        );
        Assert.NotEqual(original, edited);
        var took = await SaveAndWait(
            page,
            c01,
            edited,
            "document.body.innerText.includes('Edited in the preview test')"
        );
        Assert.True(
            took < Promptly,
            $"the edit showed after {took.TotalMilliseconds:0} ms; preview said: {string.Join(" | ", preview.Lines)}"
        );
        Assert.True(
            await page.EvaluateExpressionAsync<bool>("window.samePage === true"),
            "the page was reloaded instead of updated"
        );

        // A breakage: a level out of range is a located finding, linked to the competency's section; the rest is a
        // draft.
        var broken = edited.Replace("panel: {level: 3,", "panel: {level: 7,", StringComparison.Ordinal);
        took = await SaveAndWait(page, c01, broken, "document.querySelectorAll('#wcc-preview li.error').length > 0");
        Assert.True(took < Promptly, $"the finding showed after {took.TotalMilliseconds:0} ms");
        Assert.Equal("draft", await State(page));
        var finding = await page.EvaluateExpressionAsync<string>(
            "document.querySelector('#wcc-preview li.error').textContent"
        );
        Assert.Equal(
            "competencies/c01.yaml:6:20 error: 'level' should be a whole number from 1 to 4, found 7",
            finding
        );
        Assert.Equal(
            "#competency-1",
            await page.EvaluateExpressionAsync<string>(
                "document.querySelector('#wcc-preview li.error a').getAttribute('href')"
            )
        );
        Assert.True(
            await page.EvaluateExpressionAsync<bool>(
                "document.getElementById('competency-1') !== null && document.getElementById('governance-1') !== null"
            ),
            "the draft should still render what could be read"
        );
        Assert.Contains(
            "DRAFT",
            await page.EvaluateExpressionAsync<string>("document.querySelector('#wcc-preview .state').textContent")
        );

        // A YAML syntax error in plain words; the preview keeps running.
        took = await SaveAndWait(
            page,
            c01,
            broken.Replace("\n  b:\n", "\n\tb:\n", StringComparison.Ordinal),
            "document.getElementById('wcc-preview').innerText.includes('indent with spaces')"
        );
        Assert.True(took < Promptly, $"the syntax error showed after {took.TotalMilliseconds:0} ms");

        // Mended: the findings go and the page is the valid report again.
        took = await SaveAndWait(
            page,
            c01,
            original,
            "document.getElementById('wcc-preview').dataset.state === 'valid'"
        );
        Assert.True(took < Promptly, $"the mend showed after {took.TotalMilliseconds:0} ms");
        Assert.Equal(
            0,
            await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#wcc-preview li.error').length")
        );
        Assert.True(await page.EvaluateExpressionAsync<bool>("window.samePage === true"));
    }

    [Fact]
    public async Task The_preview_serves_its_page_and_events_only_and_only_to_its_own_address()
    {
        var folder = Copy(Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10"));
        using var preview = PreviewProcess.Start(folder, TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        foreach (
            var path in new[]
            {
                "/assessment.yaml",
                "/competencies/c01.yaml",
                "/../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/index.html",
            }
        )
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/");
        foreign.Headers.Host = "attacker.example";
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.SendAsync(foreign)).StatusCode);
        Assert.Equal("127.0.0.1", preview.Url.Host);

        // Stopped the way a terminal or a service manager stops it: it ends cleanly and says so.
        Assert.Equal(0, preview.Terminate(TimeSpan.FromSeconds(20)));
        Assert.Equal("preview stopped", preview.Lines[^1]);
    }

    private static Task<string> State(IPage page) =>
        page.EvaluateExpressionAsync<string>("document.getElementById('wcc-preview').dataset.state");

    /// <summary>
    /// Saves the file as editors do (write a temporary file, rename it over) and times until the page shows the change.
    /// </summary>
    private static async Task<TimeSpan> SaveAndWait(IPage page, string file, string content, string shown)
    {
        var temporary = file + ".tmp-save";
        File.WriteAllText(temporary, content);
        var clock = Stopwatch.StartNew();
        File.Move(temporary, file, overwrite: true);
        await page.WaitForFunctionAsync(
            $"() => {shown}",
            new WaitForFunctionOptions { Timeout = 15_000, PollingInterval = 10 }
        );
        return clock.Elapsed;
    }

    private static string Copy(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "wcc-preview-" + Guid.NewGuid().ToString("N"), "2009-10");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}

/// <summary>Runs its tests after the others, with nothing else of this test process running beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PreviewTiming
{
    public const string Name = "preview timing";
}
