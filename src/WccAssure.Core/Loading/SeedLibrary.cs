using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Loading;

/// <summary>
/// The reference data shipped in seeds/: frameworks and the organisation register. Frameworks are loaded once
/// and shared, since a batch of assessments usually uses one or two. <paramref name="timings"/>, the run's stage
/// timer if it has one, is marked as each is read, and by the engine that scores with them.
/// </summary>
public partial class SeedLibrary(string seedsDirectory, StageTimer? timings = null)
{
    // Lazy values: parallel loaders asking for one framework at once share a single load and a single instance.
    private readonly ConcurrentDictionary<
        string,
        Lazy<(FrameworkDefinition? Framework, IReadOnlyList<Finding> Findings)>
    > frameworks = new();
    private readonly Lazy<(OrganisationRegister Register, IReadOnlyList<Finding> Findings)> register = new(() =>
    {
        var sink = new FindingSink();
        var loaded = OrganisationRegister.Load(
            Path.Combine(seedsDirectory, "organisations.csv"),
            "seeds/organisations.csv",
            sink
        );
        timings?.Mark("register read");
        return (loaded, sink.Sorted());
    });

    private readonly Lazy<IReadOnlyList<string>> frameworkIds = new(() =>
        [
            .. System
                .IO.Directory.EnumerateFiles(Path.Combine(seedsDirectory, "frameworks"), "*.yaml")
                .Select(p => Path.GetFileNameWithoutExtension(p))
                .Order(StringComparer.Ordinal),
        ]
    );

    private int prefetched;

    /// <summary>The seeds folder: frameworks/, benchmarks/ and organisations.csv.</summary>
    public string Directory { get; } = seedsDirectory;

    /// <summary>The run's stage timer, or null when timings were not asked for.</summary>
    public StageTimer? Timings { get; } = timings;

    /// <summary>
    /// The real national data set shipped in seeds/benchmarks (ONS one-year cancer survival index by PCT), which
    /// `wcc compare` uses when no other is given.
    /// </summary>
    public string DefaultDataSet =>
        Path.Combine(Directory, "benchmarks", "ons-cancer-survival-index-pct-1996-2010.csv");

    /// <summary>
    /// The organisation register, read on first use; rows with errors are left out (see
    /// <see cref="RegisterFindings"/>).
    /// </summary>
    public OrganisationRegister Register => register.Value.Register;

    /// <summary>
    /// What was wrong with the shipped register, if anything: rows left out of <see cref="Register"/>.
    /// </summary>
    public IReadOnlyList<Finding> RegisterFindings => register.Value.Findings;

    /// <summary>
    /// Listed once: scoring asks for a year's framework per assessment, and seeds do not change during a run.
    /// </summary>
    public IEnumerable<string> FrameworkIds => frameworkIds.Value;

    /// <summary>Ids are plain names so that a framework reference can never point outside seeds/frameworks.</summary>
    public static bool IsSafeId(string id) => SafeId().IsMatch(id);

    /// <summary>
    /// The framework seeds/frameworks/<paramref name="id"/>.yaml, read once and shared, with its findings; the
    /// framework is null when it has errors. Check the id with <see cref="IsSafeId"/> first.
    /// </summary>
    public (FrameworkDefinition? Framework, IReadOnlyList<Finding> Findings) Framework(string id) =>
        frameworks
            .GetOrAdd(id, key => new Lazy<(FrameworkDefinition?, IReadOnlyList<Finding>)>(() =>
            {
                var sink = new FindingSink();
                var path = Path.Combine(Directory, "frameworks", key + ".yaml");
                var framework = FrameworkLoader.Load(path, $"seeds/frameworks/{key}.yaml", sink);
                Timings?.Mark($"framework {key} read");
                return (sink.HasErrors ? null : framework, sink.Sorted());
            }))
            .Value;

    /// <summary>
    /// Starts reading every framework on the thread pool and returns at once. An assessment needs its year's
    /// framework and usually last year's (for last year's folder): read one after the other they are most of a
    /// cold `wcc validate`, and on a second core they cost no wall time. A later <see cref="Framework"/> call waits
    /// for the read in progress instead of starting another.
    /// </summary>
    public void Prefetch()
    {
        if (Interlocked.Exchange(ref prefetched, 1) == 1)
        {
            return;
        }

        foreach (var id in FrameworkIds)
        {
            _ = Task.Run(() => Framework(id));
        }
    }

    /// <summary>The framework of an assessment year, e.g. "2009-10", if one is shipped.</summary>
    public FrameworkDefinition? FrameworkForYear(string year) =>
        FrameworkIds.Select(id => Framework(id).Framework).FirstOrDefault(f => f?.Year == year);

    /// <summary>What a user is told when <see cref="Find"/> finds nothing.</summary>
    public const string NotFound =
        "cannot find the seeds/ folder (frameworks and organisation register); set WCC_SEEDS to its path";

    /// <summary>
    /// Where the seeds are: <paramref name="chosen"/> when the user named a folder (WCC_SEEDS), else the first
    /// seeds/ holding an organisation register in one of <paramref name="startFolders"/> or their parents (the
    /// program's own folder first, then the working folder); null when there is none.
    /// </summary>
    public static string? Find(string? chosen, params IEnumerable<string> startFolders)
    {
        if (chosen is { Length: > 0 })
        {
            return chosen;
        }

        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, "organisations.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,63}$")]
    private static partial Regex SafeId();
}
