using WccAssure.Reporting.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// Every output folder of a run, in memory and ready to write, and what could not be rendered: template errors
/// at their place in the template, and other problems (e.g. PDF printing) in words.
/// </summary>
public sealed record RenderedBatch(
    IReadOnlyList<OutputFolder> Folders,
    IReadOnlyList<TemplateError> TemplateErrors,
    IReadOnlyList<string> Problems
)
{
    /// <summary>The comparison pack's outcome, when asked for: its notes and brief are shown as compare's.</summary>
    public PackOutcome? Pack { get; init; }

    /// <summary>Everything asked for was rendered.</summary>
    public bool Complete => TemplateErrors.Count == 0 && Problems.Count == 0;
}
