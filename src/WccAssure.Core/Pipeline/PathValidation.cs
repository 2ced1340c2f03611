using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Pipeline;

/// <summary>What `wcc validate` found: how many assessments the paths named, and every finding, in order.</summary>
public sealed record PathValidation(int Assessments, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count - Errors;
}
