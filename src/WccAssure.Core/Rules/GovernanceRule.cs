using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;

namespace WccAssure.Core.Rules;

/// <summary>
/// A governance measure is Amber when all its amber criteria hold and Green when the green ones hold as well
/// (cumulative, like competency levels); otherwise Red.
/// </summary>
internal static class GovernanceRule
{
    public static GovernanceMeasureScore Score(GovernanceMeasureDefinition definition, MeasureRecord<Rag> record)
    {
        var green = definition
            .Green.Select(c => CriterionChecker.Check(c, CriterionTarget.ForRating(Rag.Green), record))
            .ToList();
        var amber = definition
            .Amber.Select(c => CriterionChecker.Check(c, CriterionTarget.ForRating(Rag.Amber), record))
            .ToList();
        var rating =
            !amber.All(r => r.Held) ? Rag.Red
            : green.All(r => r.Held) ? Rag.Green
            : Rag.Amber;
        return new GovernanceMeasureScore(definition, record, rating, [.. amber, .. green]);
    }

    /// <summary>The area rating from its measures by the framework's rules (first rule that holds wins).</summary>
    public static Rag AreaRating(IReadOnlyList<Rag> measures, RollupRules rules)
    {
        var tally = RagTally.Of(measures);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["red"] = tally.Red,
            ["amber"] = tally.Amber,
            ["green"] = tally.Green,
            ["measures"] = measures.Count,
        };
        var rule = rules.GovernanceArea.FirstOrDefault(r =>
            ConditionEvaluator.Evaluate(r.When.Expression, values).Held
        );
        return rule?.Rating ?? Rag.Red;
    }
}
