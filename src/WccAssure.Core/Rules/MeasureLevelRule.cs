using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;

namespace WccAssure.Core.Rules;

/// <summary>
/// The evidenced level of a measure: the highest level whose criteria, and those of every level below, all
/// hold. Level 1 is the floor. Every criterion is traced, so the gap to each level can be shown.
/// </summary>
internal static class MeasureLevelRule
{
    public static MeasureScore Score(MeasureDefinition definition, MeasureRecord<int> record)
    {
        var trace = definition
            .Levels.Where(level => level.Level > 1)
            .SelectMany(level =>
                level.Criteria.Select(c => CriterionChecker.Check(c, CriterionTarget.ForLevel(level.Level), record))
            )
            .ToList();
        var evidenced = 1;
        foreach (var level in definition.Levels.Where(l => l.Level > 1).OrderBy(l => l.Level))
        {
            var target = CriterionTarget.ForLevel(level.Level);
            if (trace.Any(t => t.Target == target && !t.Held))
            {
                break;
            }

            evidenced = level.Level;
        }

        return new MeasureScore(definition, record, evidenced, trace);
    }
}
