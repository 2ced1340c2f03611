using WccAssure.Core.Loading;
using WccAssure.Core.Pipeline;
using WccAssure.Reporting.Runs;

namespace WccAssure.Preview;

/// <summary>
/// `wcc preview FOLDER [--port N] [--templates DIR]`: one assessment's report served on 127.0.0.1 and re-rendered
/// whenever a file of the assessment is saved, until stopped. It opens nothing by itself.
/// </summary>
public sealed record PreviewRequest(
    string Path,
    int Port = PreviewRequest.DefaultPort,
    string? TemplatesDirectory = null
)
{
    /// <summary>The port `wcc preview` serves on when --port is not given.</summary>
    public const int DefaultPort = 5310;

    /// <summary>
    /// Saves come in bursts (an editor writes a temporary file, then renames it): one rendering per burst.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    /// <summary>The one assessment folder to preview, or why the request cannot be served (bad usage).</summary>
    public (string? Folder, string? Problem) Target()
    {
        if (Port is < 0 or > 65535)
        {
            return (null, $"--port {Port} is not a port number (0 to 65535)");
        }

        var targets = AssessmentFolders.Expand(Path);
        return targets.Count == 1 && Directory.Exists(targets[0].Folder)
            ? (targets[0].Folder, null)
            : (
                null,
                targets.Count > 1
                    ? $"{Path} holds {targets.Count} assessments; preview one of them, e.g. {targets[0].Folder}"
                    : $"{Core.Text.VisibleText.ShortenPath(Path)} is not an assessment folder"
            );
    }

    /// <summary>
    /// Serves <paramref name="folder"/> until the server stops or <paramref name="stop"/> fires, telling
    /// <paramref name="say"/> what happens; null when it ran, else why it could not listen. The templates are the
    /// request's, else the run environment's.
    /// </summary>
    public async Task<string?> ServeAsync(
        string folder,
        SeedLibrary seeds,
        RunEnvironment environment,
        Action<string> say,
        CancellationToken stop
    )
    {
        var (templates, templateErrors) = ReportRun.LoadTemplates(TemplatesDirectory, environment);
        var session = new PreviewSession(new PreviewRenderer(folder, seeds, templates, templateErrors), say);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(session, Port, stop).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // Kestrel reports a port in use (or one the user may not bind) as one of these.
            return $"cannot listen on 127.0.0.1:{Port}: {e.Message} (--port 0 picks a free port)";
        }

        await using (server.ConfigureAwait(false))
        {
            var root = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder));
            using var watcher = new AssessmentWatcher(root, Quiet, file => session.Rebuild(
                    file == root
                        ? Directory.Exists(root)
                            ? "the folder is back"
                            : "the folder was removed"
                        : $"{System.IO.Path.GetRelativePath(root, file).Replace('\\', '/')} changed"
                ));
            var first = session.Current;
            say(
                $"previewing {folder} at {server.Address} (rendered in {first.RenderMilliseconds:0} ms, "
                    + $"{PreviewSession.Summary(first)}); Ctrl+C stops"
            );
            await Task.WhenAny(server.Stopping, Task.Delay(Timeout.Infinite, stop)).ConfigureAwait(false);
            say("preview stopped");
        }

        return null;
    }
}
