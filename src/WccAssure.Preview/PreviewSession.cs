namespace WccAssure.Preview;

/// <summary>
/// The current rendering and the signal that a newer one exists. Renderings are made one at a time (a save that
/// lands mid-rendering is picked up by the next one) and every open page is told when one is ready.
/// </summary>
internal sealed class PreviewSession(PreviewRenderer renderer, Action<string> log)
{
    private readonly Lock gate = new();
    private PreviewBuild current = renderer.Build();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewBuild Current => Volatile.Read(ref current);

    /// <summary>Completes when a rendering newer than <see cref="Current"/> is ready.</summary>
    public Task Changed => Volatile.Read(ref changed).Task;

    public PreviewBuild Rebuild(string reason)
    {
        lock (gate)
        {
            PreviewBuild build;
            try
            {
                build = renderer.Build();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The renderer turns the folder's problems into findings; anything else is a defect, and the page
                // keeps the last rendering rather than the preview stopping.
                log($"{reason}: re-rendering failed, the page keeps the last one: {e.Message}");
                return Current;
            }

            Volatile.Write(ref current, build);
            Interlocked
                .Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
                .TrySetResult();
            log($"{reason}: re-rendered in {build.RenderMilliseconds:0} ms, {Summary(build)}");
            return build;
        }
    }

    public static string Summary(PreviewBuild build) =>
        $"{build.Counts.Errors} error(s), {build.Counts.Warnings} warning(s){(build.IsDraft ? " (draft)" : "")}";
}
