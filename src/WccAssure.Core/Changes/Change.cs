using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Changes;

/// <summary>
/// One value that differs between the two assessments: a rating, a level, a score or a judgement (<see cref="Aspect"/>)
/// of one measure, competency, governance area or outcome (<see cref="Subject"/>). A side is null where the value is
/// not there: not rated, or the measure is not in that year's framework.
/// </summary>
public sealed record Change(
    ChangeSection Section,
    string Subject,
    string Aspect,
    ChangedValue? Before,
    ChangedValue? After,
    SourceLocation? Where
)
{
    /// <summary>A level or rating that fell: the evidence not carried forward is listed beside it.</summary>
    public bool Fall { get; init; }
}
