using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// The preview as a separate process under what a long session or a careless script does to it: a thousand and
/// more pages following its events (the streams are capped, the page is still served), and its folder deleted and
/// put back (the page says the folder is gone, then follows the new folder's edits). Loopback only, bounded in
/// connections and time.
/// </summary>
[Collection(PreviewTiming.Name)]
[Trait(Tier.Name, Tier.Slow)]
public class PreviewLoadTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Past_the_cap_on_event_streams_the_page_is_still_served()
    {
        Skip.If(OperatingSystem.IsWindows(), "the descriptor limit and the bash wrapper are Unix's");

        using var scratch = new Scratch();

        // The usual soft limit of a login shell: without the cap, ~1,100 streams took every descriptor.
        var wrapper = Path.Combine(scratch.Work, "wcc-1024");
        File.WriteAllText(
            wrapper,
            $"#!/bin/bash\nulimit -n 1024\nexec dotnet {Path.Combine(AppContext.BaseDirectory, "wcc.dll")} \"$@\"\n"
        );
        File.SetUnixFileMode(wrapper, (UnixFileMode)0b111_101_101);
        using var preview = PreviewProcess.Start(scratch.Folder, Limit, wrapper);
        var streams = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 1_100; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, preview.Url.Port);
                await client
                    .GetStream()
                    .WriteAsync(
                        Encoding.ASCII.GetBytes($"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{preview.Url.Port}\r\n\r\n")
                    );
                streams.Add(client);
            }

            // Up to the cap the streams are held open; those past it are told so, or closed on arrival.
            var heads = new List<string>();
            foreach (var stream in streams)
            {
                heads.Add(await Head(stream));
            }

            var held = heads.Count(h => h.StartsWith("HTTP/1.1 200", StringComparison.Ordinal));
            Assert.InRange(held, 1, 64);
            Assert.All(heads.Where(h => !h.StartsWith("HTTP/1.1 200", StringComparison.Ordinal)), h =>
                Assert.True(h.Length == 0 || h.StartsWith("HTTP/1.1 503", StringComparison.Ordinal), h)
            );

            using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(10) };
            var page = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("wcc-preview", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }

        Assert.Equal(0, preview.Terminate(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData("moved")]
    [InlineData("deleted")]
    public async Task A_folder_deleted_and_put_back_is_followed_again(string how)
    {
        using var scratch = new Scratch();
        var kept = Path.Combine(scratch.Work, "kept");
        Scratch.CopyInto(scratch.Folder, kept);
        using var preview = PreviewProcess.Start(scratch.Folder, Limit);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(10) };

        if (how == "moved")
        {
            Directory.Move(scratch.Folder, scratch.Folder + "-away");
        }
        else
        {
            Directory.Delete(scratch.Folder, recursive: true);
        }

        Assert.Contains(
            "no such assessment folder",
            await Until(http, "no such assessment folder"),
            StringComparison.Ordinal
        );

        // Put back as a checkout does: a new folder under the old name, filled at once.
        Scratch.CopyInto(kept, scratch.Folder);
        Assert.DoesNotContain(
            "no such assessment folder",
            await Until(http, "data-state=\"valid\""),
            StringComparison.Ordinal
        );

        // And its edits are picked up: a level nobody can hold shows as a finding.
        scratch.MeasureA("self: 9");
        await Until(http, "data-state=\"draft\"");
        Assert.Equal(0, preview.Terminate(TimeSpan.FromSeconds(20)));
    }

    [SkippableTheory]
    [UnsupportedOSPlatform("windows")]
    [InlineData("link-to-pipe")]
    [InlineData("partial-pipe")]
    [InlineData("subfolder-link")]
    public async Task A_template_that_is_a_pipe_or_leads_outside_is_a_finding_on_the_page(string shape)
    {
        Skip.If(OperatingSystem.IsWindows(), "pipes and symbolic links in the file system are Unix's");

        using var scratch = new Scratch();
        var templates = UserTemplateTests.CopyTemplates(scratch);
        var (file, _, message) = UserTemplateTests.Break(templates, shape);
        var wrapper = Path.Combine(scratch.Work, "wcc-templates");
        File.WriteAllText(
            wrapper,
            $"#!/bin/bash\nexec dotnet {Path.Combine(AppContext.BaseDirectory, "wcc.dll")} \"$@\" --templates "
                + $"{templates}\n"
        );
        File.SetUnixFileMode(wrapper, (UnixFileMode)0b111_101_101);
        using var preview = PreviewProcess.Start(scratch.Folder, Limit, wrapper);
        using var http = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(10) };
        var page = await Until(http, "data-state=\"draft\"");
        Assert.Contains(file, page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", page, StringComparison.Ordinal);
        Assert.Equal(0, preview.Terminate(TimeSpan.FromSeconds(20)));
    }

    /// <summary>The page once it holds <paramref name="text"/>; fails after 15 s.</summary>
    private static async Task<string> Until(HttpClient http, string text)
    {
        var page = "";
        for (
            var clock = System.Diagnostics.Stopwatch.StartNew();
            clock.Elapsed < TimeSpan.FromSeconds(15);
            await Task.Delay(100)
        )
        {
            page = await http.GetStringAsync("/");
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return page;
            }
        }

        Assert.Fail($"the preview page never showed '{text}'; last page began: {page[..Math.Min(page.Length, 400)]}");
        return page;
    }

    /// <summary>The status line of an event stream's answer.</summary>
    private static async Task<string> Head(TcpClient client)
    {
        var buffer = new byte[64];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            var read = await client.GetStream().ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            return ""; // closed on arrival, past the connection limit
        }
    }
}
