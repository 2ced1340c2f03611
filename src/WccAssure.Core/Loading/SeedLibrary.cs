using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Loading;

/// <summary>
/// The reference data shipped in seeds/: frameworks and the organisation register. Frameworks are loaded once
/// and shared, since a batch of assessments usually uses one or two.
/// </summary>
public partial class SeedLibrary(string seedsDirectory)
{
    // Lazy values: parallel loaders asking for one framework at once share a single load and a single instance.
    private readonly ConcurrentDictionary<string, Lazy<(FrameworkDefinition? Framework, IReadOnlyList<Finding> Findings)>> frameworks = new();
    private readonly Lazy<(OrganisationRegister Register, IReadOnlyList<Finding> Findings)> register = new(() =>
    {
        var sink = new FindingSink();
        var loaded = OrganisationRegister.Load(Path.Combine(seedsDirectory, "organisations.csv"), "seeds/organisations.csv", sink);
        StageTimer.Mark("register read");
        return (loaded, sink.Sorted());
    });

    private readonly Lazy<IReadOnlyList<string>> frameworkIds = new(() =>
        [.. System.IO.Directory.EnumerateFiles(Path.Combine(seedsDirectory, "frameworks"), "*.yaml")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal)]);

    private int prefetched;

    public string Directory { get; } = seedsDirectory;

    /// <summary>
    /// The real national data set shipped in seeds/benchmarks (ONS one-year cancer survival index by PCT), which
    /// `wcc compare` uses when no other is given.
    /// </summary>
    public string DefaultDataSet => Path.Combine(Directory, "benchmarks", "ons-cancer-survival-index-pct-1996-2010.csv");

    public OrganisationRegister Register => register.Value.Register;

    /// <summary>What was wrong with the shipped register, if anything: rows left out of <see cref="Register"/>.</summary>
    public IReadOnlyList<Finding> RegisterFindings => register.Value.Findings;

    /// <summary>Listed once: scoring asks for a year's framework per assessment, and seeds do not change during a run.</summary>
    public IEnumerable<string> FrameworkIds => frameworkIds.Value;

    /// <summary>Ids are plain names so that a framework reference can never point outside seeds/frameworks.</summary>
    public static bool IsSafeId(string id) => SafeId().IsMatch(id);

    public (FrameworkDefinition? Framework, IReadOnlyList<Finding> Findings) Framework(string id) =>
        frameworks.GetOrAdd(id, key => new Lazy<(FrameworkDefinition?, IReadOnlyList<Finding>)>(() =>
        {
            var sink = new FindingSink();
            var path = Path.Combine(Directory, "frameworks", key + ".yaml");
            var framework = FrameworkLoader.Load(path, $"seeds/frameworks/{key}.yaml", sink);
            StageTimer.Mark($"framework {key} read");
            return (sink.HasErrors ? null : framework, sink.Sorted());
        })).Value;

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

    /// <summary>What a user is told when <see cref="Open"/> finds nothing.</summary>
    public const string NotFound = "cannot find the seeds/ folder (frameworks and organisation register); set WCC_SEEDS to its path";

    /// <summary>
    /// The seeds <see cref="Locate"/> finds, or null (say <see cref="NotFound"/>): those <see cref="Warm"/> opened
    /// when they are the same folder. Frameworks are read ahead by <see cref="Warm"/> or by the engine, not here,
    /// so a command that needs only the register (`wcc orgs`) reads only the register.
    /// </summary>
    public static SeedLibrary? Open()
    {
        var directory = Locate();
        return warming?.Result is { } warm && warm.Directory == directory ? warm
            : directory is null ? null : new SeedLibrary(directory);
    }

    private static Task<SeedLibrary?>? warming;

    /// <summary>
    /// Starts opening the seeds (register and frameworks) on the thread pool before the command line is parsed:
    /// parsing it is a sixth of a cold `wcc validate`, and the seeds can be read meanwhile. <see cref="Open"/> then
    /// returns these seeds if they are the ones it finds. Only the program's entry point calls this, once.
    /// </summary>
    public static void Warm() => warming ??= Task.Run(() =>
    {
        var seeds = Locate() is { } directory ? new SeedLibrary(directory) : null;
        seeds?.Prefetch();
        _ = seeds?.RegisterFindings;
        return seeds;
    });

    /// <summary>Finds seeds/ beside the program, else in the working directory or one of its parents.</summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("WCC_SEEDS") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
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
