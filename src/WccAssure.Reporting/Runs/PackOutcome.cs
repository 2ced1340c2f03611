using WccAssure.Reporting.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// What a <see cref="PackRequest"/> came to: the pack's folder, ready to write, with the notes and the outcome brief
/// to show beside it; or why there is none (a year or SHA no assessment has, a template error, nothing scored).
/// </summary>
public sealed record PackOutcome
{
    /// <summary>The request names nothing that is there: bad usage, not bad input.</summary>
    public string? Problem { get; init; }

    /// <summary>Why nothing was rendered: the compare template's error.</summary>
    public IReadOnlyList<TemplateError> Errors { get; init; } = [];

    /// <summary>
    /// Null when nothing is to be written. With neither a problem nor an error, no assessment could be scored: an
    /// empty pack would replace the last good one with nothing, so the last one stays as it was.
    /// </summary>
    public OutputFolder? Folder { get; init; }

    /// <summary>Synthetic assessments a real one replaced.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The outcome benchmarks in brief (<see cref="Core.Comparison.OutcomeBrief"/>).</summary>
    public IReadOnlyList<string> Brief { get; init; } = [];
}
