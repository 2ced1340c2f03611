using WccAssure.Core.Diagnostics;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// What a <see cref="PackRequest"/> came to: the pack's folder, ready to write, with the notes and the outcome brief
/// to show beside it; or why there is none (a year or SHA no assessment has, two folders for one row, a template error).
/// </summary>
public sealed record PackOutcome
{
    /// <summary>The request names nothing that is there: bad usage, not bad input.</summary>
    public string? Problem { get; init; }

    public IReadOnlyList<Finding> Conflicts { get; init; } = [];

    public TemplateError? TemplateError { get; init; }

    public OutputFolder? Folder { get; init; }

    /// <summary>Synthetic assessments a real one replaced.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The outcome benchmarks in brief (<see cref="Core.Comparison.OutcomeBrief"/>).</summary>
    public IReadOnlyList<string> Brief { get; init; } = [];
}
