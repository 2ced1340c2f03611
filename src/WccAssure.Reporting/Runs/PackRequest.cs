using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Results;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// The comparison pack of the assessments of one <paramref name="Year"/> (null: the latest present), optionally of
/// one <paramref name="Sha"/>, written as a whole to <paramref name="OutputDirectory"/>: the one way to a pack, for
/// `wcc compare` and `wcc report --compare` alike.
/// </summary>
public sealed record PackRequest(string? Year, string? Sha, string OutputDirectory)
{
    /// <summary>Where wcc ran: the folders the pack names are shown relative to (<see cref="ShownFolder"/>).</summary>
    public string? ShownFrom { get; init; }

    /// <summary>
    /// Decides what goes into the pack and renders it in memory, building the pack once for its page, its files and
    /// its brief. One row per organisation and year: a real assessment replaces a synthetic one (said in a note).
    /// </summary>
    public PackOutcome Render(
        IReadOnlyList<AssessmentScore> scores,
        BenchmarkTable? benchmarks,
        ReportTemplates templates
    )
    {
        if (scores.Count == 0)
        {
            return new PackOutcome();
        }

        if (ComparisonBuilder.NoMatch(scores, Year, Sha) is { } problem)
        {
            return new PackOutcome { Problem = problem };
        }

        var pack = ComparisonBuilder.Build(scores, Year, Sha, benchmarks) with { ShownFrom = ShownFrom };
        var (rendered, error) = RenderedPack.Render(pack, templates);
        return rendered is null
            ? new PackOutcome { Errors = [error!] }
            : new PackOutcome
            {
                Folder = new OutputFolder(OutputDirectory, rendered.Files(), rendered.Summary),
                Notes = [.. pack.Selection.Replaced.Select(Note)],
                Brief = [.. YearsViewBuilder.Brief(pack), .. OutcomeBrief.Lines(pack)],
            };
    }

    private static string Note(ReplacedRow r) =>
        $"note: {r.Code} {r.Year}: the real assessment {r.RealFolder} replaces the synthetic {r.SyntheticFolder}";
}
