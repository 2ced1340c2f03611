using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Core.Rules;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// The one pipeline every command uses: load each folder (with last year's beside it), validate it, resolve what
/// scoring needs, score it and merge the findings; for a batch, also the rules that concern several folders.
/// </summary>
public sealed class AssessmentEngine(SeedLibrary seeds)
{
    /// <summary>The frameworks and register every assessment of a run is checked against.</summary>
    public SeedLibrary Seeds { get; } = seeds;

    /// <summary>
    /// Resolves the benchmarks and evaluates every folder of the request (in parallel; results keep the order
    /// given), then applies the batch rules: two folders for one organisation and year are both refused, each
    /// naming the other. A request whose benchmarks cannot be met gives its problem and no batch.
    /// </summary>
    public BatchRun Run(BatchRequest request)
    {
        // The data set is needed only to score, so it is read while the folders load; a local task, joined below.
        var resolving = Task.Run(() => request.Benchmarks.Resolve(Seeds));
        var targets = request.Targets();
        var loader = new AssessmentLoader(Seeds, request.ParseCache);
        var loaded = Map(targets, (target, _) => loader.Load(target.Folder, edited: request.Edited));
        var benchmarks = resolving.GetAwaiter().GetResult();
        IReadOnlyList<Finding> findings = [.. Seeds.RegisterFindings, .. benchmarks.Findings];
        if (!benchmarks.Usable)
        {
            return new BatchRun(findings, benchmarks.Problem, null);
        }

        var evaluations = Map(loaded, (load, i) => Score(targets[i].Folder, load, benchmarks.Table, request));
        Seeds.Timings?.Mark("load, validate, score");
        var ruled = request.Versions ? evaluations : BatchRules.RefuseDuplicates(evaluations);
        return new BatchRun(findings, null, new AssessmentBatch(ruled, benchmarks.Table) { Targets = targets });
    }

    /// <summary>One assessment (the author's usual case) is evaluated without the parallel machinery.</summary>
    private static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, int, TResult> work) =>
        items.Count == 1 ? [work(items[0], 0)] : OrderedParallel.Map(items, work);

    private Evaluation Score(string folder, LoadResult loaded, BenchmarkTable? benchmarks, BatchRequest request)
    {
        var scored = request.AllowDraft ? loaded.Draft : loaded.Assessment;
        if (scored is not { } assessment || loaded.Framework is not { } framework)
        {
            return new Evaluation(DisplayPath.Folder(folder), null, loaded.Findings);
        }

        var score = AssessmentScorer.Score(
            assessment,
            ScoringContext.Resolve(Seeds, assessment, framework, benchmarks)
        );
        var all = new FindingSink();
        all.AddRange(loaded.Findings);
        all.AddRange(score.Findings);

        // One list, sorted by place, for the report and the command line alike.
        var findings = all.Sorted();
        return new Evaluation(assessment.Folder, score with { Findings = findings }, findings);
    }
}
