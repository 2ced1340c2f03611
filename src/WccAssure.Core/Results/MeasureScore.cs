using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>
/// A competency measure scored: the level its evidence supports, the trace, and the ratings beside it.
/// </summary>
public sealed record MeasureScore(
    MeasureDefinition Definition,
    MeasureRecord<int> Record,
    int EvidencedLevel,
    IReadOnlyList<CriterionResult> Trace
)
{
    /// <summary>The self-assessed level, or null when the author has not given one.</summary>
    public Rating<int>? Self => Record.Self;

    /// <summary>The panel's level, or null when the panel has not rated the measure.</summary>
    public Rating<int>? Panel => Record.Panel;

    /// <summary>Last year's level, from the file or last year's folder; null when unknown.</summary>
    public Rating<int>? LastYear => Record.LastYear;

    /// <summary>
    /// Why the evidenced level was reached: the criteria that held at it and every level below, so a reviewer
    /// can audit a level as well as see what the next one lacks.
    /// </summary>
    public IReadOnlyList<CriterionResult> Reached => [.. Trace.Where(t => t.Held && t.Target.Level <= EvidencedLevel)];

    /// <summary>The criteria that failed at the next level up: what an author must add to reach it.</summary>
    public IReadOnlyList<CriterionResult> Gap =>
        EvidencedLevel >= 4
            ? []
            : [.. Trace.Where(t => !t.Held && t.Target == CriterionTarget.ForLevel(EvidencedLevel + 1))];
}
