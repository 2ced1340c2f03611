using WccAssure.Core.Diagnostics;
using WccAssure.Core.Results;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What the engine made of one assessment folder: its score when it could be scored (and was not refused by a
/// batch rule), and every finding of loading, scoring and the batch rules, sorted by place. The score holds the
/// same list.
/// </summary>
public sealed record Evaluation(string Folder, AssessmentScore? Score, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// The assessment could not be scored or reported; its findings say why. A draft scored for the preview
    /// (<see cref="BatchRequest.AllowDraft"/>) has a score and errors, and counts as failed.
    /// </summary>
    public bool Failed => Score is null || Counts.Errors > 0;

    /// <summary>How many errors and warnings <see cref="Findings"/> holds.</summary>
    public FindingCounts Counts => FindingCounts.Of(Findings);
}
