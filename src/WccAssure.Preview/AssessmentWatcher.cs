namespace WccAssure.Preview;

/// <summary>
/// Calls back once after a burst of changes to the assessment's files settles. An editor's save is several file
/// system events (a temporary file written, renamed over the old one, its time stamp set), and a search-and-replace
/// saves many files at once; one rendering after the last of them is what the author wants to see.
/// A watch ends with the folder it watches: when the folder is deleted (or moved away) and put back, by hand or by
/// a version-control checkout, the old watch sees nothing of the new folder. So the folder's parent is watched for
/// the folder's name as well, and a slow poll backs both up: the folder's return arms a new watch and renders, and
/// its going renders too, so the page says the folder is gone instead of showing a report that no longer exists.
/// </summary>
internal sealed class AssessmentWatcher : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private readonly string folder;
    private readonly Timer settle;
    private readonly Timer poll;
    private readonly TimeSpan quiet;
    private readonly FileSystemWatcher? parent;
    private readonly Lock gate = new();
    private FileSystemWatcher? watcher;
    private bool present;
    private bool disposed;
    private string lastFile = "";

    public AssessmentWatcher(string folder, TimeSpan quiet, Action<string> changed)
    {
        this.folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        this.quiet = quiet;
        settle = new Timer(_ => changed(Volatile.Read(ref lastFile)));
        parent = WatchParent();
        Arm();
        poll = new Timer(_ => Check(), null, Poll, Poll);
    }

    /// <summary>
    /// A new watch on the folder when it exists (the old one, if any, watched a folder that is gone).
    /// </summary>
    private void Arm()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            watcher?.Dispose();
            watcher = null;
            present = Directory.Exists(folder);
            if (!present)
            {
                return;
            }

            try
            {
                var next = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter =
                        NotifyFilters.FileName
                        | NotifyFilters.DirectoryName
                        | NotifyFilters.LastWrite
                        | NotifyFilters.Size,
                };
                next.Changed += OnEvent;
                next.Created += OnEvent;
                next.Deleted += OnEvent;
                next.Renamed += OnEvent;

                // Too many events at once (a whole folder copied in) overflow the watcher's buffer: render anyway.
                next.Error += (_, _) => Settle(folder);
                next.EnableRaisingEvents = true;
                watcher = next;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Gone again between the check and the watch, or unreadable: the poll tries again.
                present = false;
            }
        }
    }

    private FileSystemWatcher? WatchParent()
    {
        var above = Path.GetDirectoryName(folder);
        if (above is null || !Directory.Exists(above))
        {
            return null;
        }

        try
        {
            var watch = new FileSystemWatcher(above, Path.GetFileName(folder))
            {
                NotifyFilter = NotifyFilters.DirectoryName,
            };
            watch.Created += (_, _) => Returned();
            watch.Renamed += (_, _) => Returned();
            watch.Deleted += (_, _) => Check();
            watch.EnableRaisingEvents = true;
            return watch;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The folder appeared under its name: watch the new one and render it.</summary>
    private void Returned()
    {
        Arm();
        Settle(folder);
    }

    /// <summary>Notices the folder going or coming back when no event said so.</summary>
    private void Check()
    {
        var exists = Directory.Exists(folder);
        if (exists == Volatile.Read(ref present) && (!exists || Volatile.Read(ref watcher) is not null))
        {
            return;
        }

        if (exists)
        {
            Returned();
        }
        else
        {
            lock (gate)
            {
                present = false;
            }

            Settle(folder);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // Only YAML (and folders, whose renames move YAML) concerns the report; editors' swap and backup files do not.
        if (!e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && Path.HasExtension(e.FullPath))
        {
            return;
        }

        Settle(e.FullPath);
    }

    private void Settle(string file)
    {
        Volatile.Write(ref lastFile, file);
        lock (gate)
        {
            if (!disposed)
            {
                settle.Change(quiet, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            watcher?.Dispose();
            parent?.Dispose();
        }

        poll.Dispose();
        settle.Dispose();
    }
}
