using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;

namespace WccAssure.Core.Changes;

/// <summary>
/// One value as it stood on one side of a diff: what it says, and where it came from, so a reconstructed or
/// computed value is marked as such in the diff as everywhere else it is printed.
/// </summary>
public sealed record ChangedValue(string Text, ProvenanceKind Provenance)
{
    /// <summary>Words an author wrote (a rationale, an excerpt of one): printed in quotes, never as a value.</summary>
    public bool IsWords { get; init; }
}

/// <summary>
/// One value that differs between the two assessments: a rating, a level, a score or a judgement (<see cref="Aspect"/>)
/// of one measure, competency, governance area or outcome (<see cref="Subject"/>). A side is null where the value is
/// not there: not rated, or the measure is not in that year's framework.
/// </summary>
public sealed record Change(ChangeSection Section, string Subject, string Aspect, ChangedValue? Before,
    ChangedValue? After, SourceLocation? Where)
{
    /// <summary>A level or rating that fell: the evidence not carried forward is listed beside it.</summary>
    public bool Fall { get; init; }
}

/// <summary>Evidence given on one side only, compared by its words: added when only the later assessment has it.</summary>
public sealed record EvidenceChange(string Subject, bool Added, string Text, SourceLocation Where);

public enum ChangeSection
{
    Assessment,
    Competencies,
    CompetencyScores,
    Governance,
    GovernanceAreas,
    Outcomes,
}
