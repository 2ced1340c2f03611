namespace WccAssure.Preview;

/// <summary>
/// Calls back once after a burst of changes to the assessment's files settles. An editor's save is several file
/// system events (a temporary file written, renamed over the old one, its time stamp set), and a search-and-replace
/// saves many files at once; one rendering after the last of them is what the author wants to see.
/// </summary>
public sealed class AssessmentWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Timer settle;
    private readonly TimeSpan quiet;
    private readonly Action<string> changed;
    private string lastFile = "";

    public AssessmentWatcher(string folder, TimeSpan quiet, Action<string> changed)
    {
        this.quiet = quiet;
        this.changed = changed;
        settle = new Timer(_ => changed(Volatile.Read(ref lastFile)));
        watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;

        // Too many events at once (a whole folder copied in) overflow the watcher's buffer: render anyway.
        watcher.Error += (_, _) => settle.Change(this.quiet, Timeout.InfiniteTimeSpan);
        watcher.EnableRaisingEvents = true;
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // Only YAML (and folders, whose renames move YAML) concerns the report; editors' swap and backup files do not.
        if (!e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && Path.HasExtension(e.FullPath))
        {
            return;
        }

        Volatile.Write(ref lastFile, e.FullPath);
        settle.Change(quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        watcher.Dispose();
        settle.Dispose();
    }
}
