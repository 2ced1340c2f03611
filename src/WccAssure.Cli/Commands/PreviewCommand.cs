using WccAssure.Preview;

namespace WccAssure.Cli.Commands;

/// <summary>
/// `wcc preview FOLDER [--port N] [--templates DIR]`: the live preview (<see cref="PreviewRequest"/>); runs until
/// stopped (Ctrl+C).
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(CommandIo io, RunEnvironment environment)
    {
        var folder = new Argument<string>("folder") { Description = "the assessment folder to preview" };
        var port = new Option<int>("--port")
        {
            Description = $"port on 127.0.0.1 (default {PreviewRequest.DefaultPort}; 0 picks a free one)",
            DefaultValueFactory = _ => PreviewRequest.DefaultPort,
        };
        var templates = BatchOptions.Templates("folder of templates to use instead of the shipped ones");
        var command = new Command(
            "preview",
            "Serve a live preview of an assessment's report on 127.0.0.1, updated on every save"
        )
        {
            folder,
            port,
            templates,
        };
        if (!Handover.RendersHere)
        {
            return command; // the slim wcc hands it over before parsing, and only lists it in its help (Handover)
        }

        command.SetAction(
            async (parsed, cancel) =>
            {
                var request = new PreviewRequest(
                    parsed.GetValue(folder)!,
                    parsed.GetValue(port),
                    parsed.GetValue(templates)
                );
                var (target, unusable) = request.Target();
                return target is null ? Say.Problem(io, unusable)
                    : Say.Seeds(io, environment) is not { } seeds ? ExitCodes.InvalidInput
                    : await request
                        .ServeAsync(target, seeds, environment, io.Output.WriteLine, cancel)
                        .ConfigureAwait(false)
                        is { } problem
                        ? Say.Problem(io, problem)
                    : ExitCodes.Success;
            }
        );
        return command;
    }
}
