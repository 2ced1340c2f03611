using WccAssure.Core.Diagnostics;
using WccAssure.Core.Results;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What the engine made of one assessment folder: its score when it could be scored (and was not refused by a
/// batch rule), and every finding of loading, scoring and the batch rules, sorted by place.
/// </summary>
public sealed record Evaluation(string Folder, AssessmentScore? Score, IReadOnlyList<Finding> Findings)
{
    /// <summary>The assessment could not be scored or reported; its findings say why.</summary>
    public bool Failed => Score is null;

    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
}
