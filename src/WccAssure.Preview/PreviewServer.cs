using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WccAssure.Preview;

/// <summary>
/// Serves the preview on the loopback address only: the page at /, its update events at /events, and nothing
/// else — no file of the folder or of the machine is ever served. Requests naming another host are refused, so
/// a web page elsewhere cannot read the preview through a DNS name pointed at 127.0.0.1.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Every open page holds one event stream, and every stream a file descriptor. With no cap, about a thousand
    /// streams used up a usual limit of 1,024 descriptors and the page itself got no answer; one author has a few
    /// pages open, so streams past this many are refused at once and their connections closed.
    /// </summary>
    public const int MaxStreams = 64;

    /// <summary>
    /// Connections of any kind beyond this are closed on arrival, so idle ones cannot use up the descriptors either.
    /// </summary>
    private const int MaxConnections = 256;

    private readonly WebApplication app;

    private PreviewServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// Completes when the server is asked to stop: the web host takes Ctrl+C and SIGTERM for itself, so this, not
    /// the command line's own cancellation, is what tells the preview to end.
    /// </summary>
    public Task Stopping
    {
        get
        {
            var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
            return stopping.Task;
        }
    }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, int port, CancellationToken stopping)
    {
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory }
        );
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxConcurrentConnections = MaxConnections;
        });
        var app = builder.Build();
        var allowedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        app.Use(
            async (context, next) =>
            {
                if (!allowedHosts.Contains(context.Request.Host.Value ?? ""))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                await next(context);
            }
        );
        // Request delegates, not minimal-API handlers: those bind parameters by reflection, which wcc compiled
        // ahead of time (Native AOT) cannot do.
        app.MapGet("/", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(session.Current.Html, context.RequestAborted);
        });
        var streams = new StreamCount();
        app.MapGet("/events", context => Events(context, session, streams, stopping));
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync(stopping).ConfigureAwait(false);
        var bound = new Uri(
            app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
        );
        allowedHosts.Add($"127.0.0.1:{bound.Port}");
        allowedHosts.Add($"localhost:{bound.Port}");
        return new PreviewServer(app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }

    /// <summary>Server-sent events: "update" whenever a rendering newer than the page's own is ready.</summary>
    private static async Task Events(
        HttpContext context,
        PreviewSession session,
        StreamCount streams,
        CancellationToken stopping
    )
    {
        if (Interlocked.Increment(ref streams.Open) > MaxStreams)
        {
            Interlocked.Decrement(ref streams.Open);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.Connection = "close";
            await context
                .Response.WriteAsync(
                    $"wcc preview: {MaxStreams} pages are already following this preview; close some",
                    context.RequestAborted
                )
                .ConfigureAwait(false);
            return;
        }

        try
        {
            await Stream(context, session, stopping).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref streams.Open);
        }
    }

    private static async Task Stream(HttpContext context, PreviewSession session, CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = both.Token;
        context.Response.Headers.ContentType = "text/event-stream";
        var known = int.TryParse(context.Request.Query["v"], NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : session.Current.Version;
        try
        {
            await context.Response.WriteAsync("retry: 500\n\n", token).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                var changed = session.Changed;
                var current = session.Current;
                if (current.Version != known)
                {
                    known = current.Version;
                    await context.Response.WriteAsync($"event: update\ndata: {known}\n\n", token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
                    continue;
                }

                if (await Task.WhenAny(changed, Task.Delay(KeepAlive, token)).ConfigureAwait(false) != changed)
                {
                    await context.Response.WriteAsync(": still here\n\n", token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page was closed or the preview is stopping.
        }
    }

    /// <summary>The event streams open now.</summary>
    private sealed class StreamCount
    {
        public int Open;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
