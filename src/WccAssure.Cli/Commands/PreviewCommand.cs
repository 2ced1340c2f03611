using System.CommandLine;
using WccAssure.Core.Loading;
using WccAssure.Preview;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc preview FOLDER [--port N] [--templates DIR]`: serves the report on 127.0.0.1 and re-renders it whenever a
/// file of the assessment is saved; the open page updates itself. Runs until stopped (Ctrl+C); opens nothing.
/// </summary>
internal static class PreviewCommand
{
    public const int DefaultPort = 5310;

    public static Command Create(CommandIo io)
    {
        var folder = new Argument<string>("folder") { Description = "the assessment folder to preview" };
        var port = new Option<int>("--port") { Description = $"port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one)", DefaultValueFactory = _ => DefaultPort };
        var templates = new Option<string?>("--templates") { Description = "folder of templates to use instead of the shipped ones" };
        var command = new Command("preview", "Serve a live preview of an assessment's report on 127.0.0.1, updated on every save") { folder, port, templates };
        command.SetAction((parsed, cancel) => RunAsync(parsed.GetValue(folder)!, parsed.GetValue(port), parsed.GetValue(templates), io, cancel));
        return command;
    }

    private static async Task<int> RunAsync(string path, int port, string? templatesDirectory, CommandIo io, CancellationToken cancel)
    {
        if (port is < 0 or > 65535)
        {
            io.Error.WriteLine($"wcc: --port {port} is not a port number (0 to 65535)");
            return ExitCodes.Usage;
        }

        var targets = AssessmentFolders.Expand(path);
        if (targets.Count != 1 || !Directory.Exists(targets[0].Folder))
        {
            io.Error.WriteLine(targets.Count > 1
                ? $"wcc: {path} holds {targets.Count} assessments; preview one of them, e.g. {targets[0].Folder}"
                : $"wcc: {path} is not an assessment folder");
            return ExitCodes.Usage;
        }

        if (Seeds.Open(io) is not { } seeds)
        {
            return ExitCodes.InvalidInput;
        }

        var folder = targets[0].Folder;
        var (templates, templateErrors) = ReportTemplates.Load(templatesDirectory ?? ReportRun.DefaultTemplatesDirectory(seeds.Directory));
        var session = new PreviewSession(new PreviewRenderer(folder, seeds, templates, templateErrors), line => io.Output.WriteLine(line));
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(session, port, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // Kestrel reports a port in use (or one the user may not bind) as one of these.
            io.Error.WriteLine($"wcc: cannot listen on 127.0.0.1:{port}: {e.Message} (--port 0 picks a free port)");
            return ExitCodes.Usage;
        }

        await using (server.ConfigureAwait(false))
        {
            using var watcher = new AssessmentWatcher(Path.GetFullPath(folder), TimeSpan.FromMilliseconds(60),
                file => session.Rebuild($"{Path.GetRelativePath(Path.GetFullPath(folder), file).Replace('\\', '/')} changed"));
            var first = session.Current;
            io.Output.WriteLine($"previewing {folder} at {server.Address} (rendered in {first.RenderMilliseconds:0} ms, {PreviewSession.Summary(first)}); Ctrl+C stops");
            await Task.WhenAny(server.Stopping, Task.Delay(Timeout.Infinite, cancel)).ConfigureAwait(false);
            io.Output.WriteLine("preview stopped");
        }

        return ExitCodes.Success;
    }
}
