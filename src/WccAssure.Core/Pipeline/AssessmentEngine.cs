using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Results;
using WccAssure.Core.Rules;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// The one pipeline every command uses: load a folder (with last year's beside it), validate it, resolve what
/// scoring needs, score it and merge the findings; for a batch, also the rules that concern several folders.
/// </summary>
public sealed class AssessmentEngine
{
    private readonly AssessmentLoader loader;

    public AssessmentEngine(SeedLibrary seeds)
    {
        Seeds = seeds;
        loader = new AssessmentLoader(seeds);
        seeds.Prefetch();
    }

    public SeedLibrary Seeds { get; }

    /// <summary>Loads, validates and scores one folder.</summary>
    public Evaluation Evaluate(string folder, BenchmarkTable? benchmarks = null) => Score(folder, loader.Load(folder), benchmarks);

    /// <summary>As <see cref="Evaluate(string, BenchmarkTable?)"/>, reading the files in <paramref name="edited"/> from their new bytes.</summary>
    public Evaluation Evaluate(string folder, IReadOnlyDictionary<string, byte[]> edited) => Score(folder, loader.Load(folder, edited: edited), null);

    private Evaluation Score(string folder, LoadResult loaded, BenchmarkTable? benchmarks)
    {
        if (loaded.Assessment is not { } assessment || loaded.Framework is not { } framework)
        {
            return new Evaluation(Display(folder), null, loaded.Findings);
        }

        var score = AssessmentScorer.Score(assessment, ScoringContext.Resolve(Seeds, assessment, framework, benchmarks));
        var all = new FindingSink();
        all.AddRange(loaded.Findings);
        all.AddRange(score.Findings);
        return new Evaluation(assessment.Folder, score with { Findings = [.. loaded.Findings, .. score.Findings] }, all.Sorted());
    }

    /// <summary>
    /// Evaluates every folder (in parallel; results keep the given order) and applies the batch rules: two
    /// folders for one organisation and year are both refused, each naming the other.
    /// </summary>
    public AssessmentBatch EvaluateBatch(IEnumerable<string> folders, BenchmarkTable? benchmarks = null) =>
        EvaluateBatch(folders, Task.FromResult(benchmarks));

    /// <summary>
    /// As <see cref="EvaluateBatch(IEnumerable{string}, BenchmarkTable?)"/> with benchmarks still being computed:
    /// every folder is loaded first, while they are, and scored once they are ready.
    /// </summary>
    public AssessmentBatch EvaluateBatch(IEnumerable<string> folders, Task<BenchmarkTable?> benchmarks, bool versions = false)
    {
        string[] all = [.. folders];
        var loaded = OrderedParallel.Map(all, folder => loader.Load(folder));
        var table = benchmarks.GetAwaiter().GetResult();
        var evaluations = OrderedParallel.Map(loaded, (load, i) => Score(all[i], load, table));
        StageTimer.Mark("load, validate, score");
        return new AssessmentBatch(versions ? evaluations : BatchRules.RefuseDuplicates(evaluations), table);
    }

    /// <summary>
    /// Evaluates what the user named: an assessment folder, a folder holding assessments (an organisation, a tree)
    /// or one file of an assessment, which stands for its assessment. A folder named twice is evaluated once.
    /// </summary>
    public AssessmentBatch EvaluatePaths(IEnumerable<string> paths, BenchmarkTable? benchmarks = null) =>
        EvaluatePaths(paths, Task.FromResult(benchmarks));

    /// <param name="versions">
    /// The folders are versions of one assessment (`wcc diff` of two drafts), so one organisation and year may
    /// appear twice; nothing is written per organisation, so nothing can be overwritten.
    /// </param>
    public AssessmentBatch EvaluatePaths(IEnumerable<string> paths, Task<BenchmarkTable?> benchmarks, bool versions = false) =>
        EvaluateBatch(AssessmentFolders.Expand(paths).Select(t => t.Folder).Distinct(StringComparer.Ordinal), benchmarks, versions);

    /// <summary>
    /// Every finding of what the user named, loading, scoring and batch rules alike; a file named on its own keeps
    /// only the findings that concern it.
    /// </summary>
    public PathValidation Validate(IEnumerable<string> paths)
    {
        var targets = AssessmentFolders.Expand(paths);

        // One assessment (the author's usual case) is checked without starting the parallel machinery.
        var evaluations = targets.Count == 1
            ? [Evaluate(targets[0].Folder)]
            : EvaluateBatch(targets.Select(t => t.Folder)).Evaluations;
        StageTimer.Mark("load, validate, score");
        return new PathValidation(targets.Count, [.. targets.Zip(evaluations, (target, evaluation) => evaluation.Findings.Where(target.Concerns)).SelectMany(f => f)]);
    }

    /// <summary>
    /// The national data set as a benchmark table. Every framework year shares the indicator catalogue's ids, and
    /// the newest framework's catalogue is the fullest, so that one decides which indicators are known.
    /// </summary>
    public (BenchmarkTable? Table, IReadOnlyList<Finding> Findings) LoadBenchmarks(string dataSet, string? clusters)
    {
        var findings = new FindingSink();
        var data = BenchmarkDataSet.Load(dataSet, clusters, findings);
        var framework = Seeds.FrameworkIds.Select(id => Seeds.Framework(id).Framework).LastOrDefault(f => f is not null);
        var table = data is null || framework is null ? null : BenchmarkTable.From(data, framework.Outcomes.Indicators, Seeds.Register);
        StageTimer.Mark("benchmark data set read");
        return (table, findings.Sorted());
    }

    private static string Display(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
