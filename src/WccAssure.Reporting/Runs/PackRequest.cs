using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Results;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// `wcc compare`: the comparison pack of the assessments of one <paramref name="Year"/> (null: the latest present),
/// optionally of one <paramref name="Sha"/>, written as a whole to <paramref name="OutputDirectory"/>.
/// </summary>
public sealed record PackRequest(string? Year, string? Sha, string OutputDirectory)
{
    /// <summary>
    /// Decides what goes into the pack and renders it in memory. One row per organisation and year: a real
    /// assessment replaces a synthetic one (said in a note); two of a kind cannot both stand, so nothing is rendered.
    /// </summary>
    public PackOutcome Render(IReadOnlyList<AssessmentScore> scores, BenchmarkTable? benchmarks, ReportTemplates templates)
    {
        if (ComparisonBuilder.NoMatch(scores, Year, Sha) is { } problem)
        {
            return new PackOutcome { Problem = problem };
        }

        var selection = PackSelection.Of(scores);
        if (selection.Conflicts.Count > 0)
        {
            return new PackOutcome { Errors = [.. selection.Conflicts.Select(c => c.ToString())] };
        }

        var (folder, error) = new ReportRun(templates).RenderPack(scores, Year, Sha, benchmarks, OutputDirectory);
        var pack = ComparisonBuilder.Build(scores, Year, Sha, benchmarks);
        return folder is null ? new PackOutcome { Errors = [error!.ToString()] } : new PackOutcome
        {
            Folder = folder,
            Notes = [.. selection.Replaced.Select(r => $"note: {r.Code} {r.Year}: the real assessment {r.RealFolder} replaces the synthetic {r.SyntheticFolder}")],
            Brief = [.. YearsViewBuilder.Brief(pack), .. OutcomeBrief.Lines(pack)],
        };
    }
}
