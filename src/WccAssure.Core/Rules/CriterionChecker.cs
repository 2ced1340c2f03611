using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Rules;

/// <summary>Checks one criterion against a measure's evidence items and metrics, explaining the result.</summary>
public static class CriterionChecker
{
    public static CriterionResult Check<T>(Criterion criterion, CriterionTarget target, MeasureRecord<T> measure)
        where T : struct =>
        criterion.Tag is { } tag ? CheckTag(criterion, target, tag, measure) : CheckCondition(criterion, target, measure);

    private static CriterionResult CheckTag<T>(Criterion criterion, CriterionTarget target, string tag, MeasureRecord<T> measure)
        where T : struct
    {
        var item = measure.Evidence.FirstOrDefault(e => e.Tags.Contains(tag));
        return item is null
            ? new CriterionResult(criterion, target, false, $"no evidence item is tagged '{tag}'", measure.Location)
            : new CriterionResult(criterion, target, true, $"evidence tagged '{tag}'", item.Location);
    }

    private static CriterionResult CheckCondition<T>(Criterion criterion, CriterionTarget target, MeasureRecord<T> measure)
        where T : struct
    {
        var condition = criterion.When!.Expression;
        var names = ConditionEvaluator.NamesOf(condition);
        var values = names.ToDictionary(n => n, n => measure.Metric(n)?.Value, StringComparer.Ordinal);
        var outcome = ConditionEvaluator.Evaluate(condition, values);
        var metric = names.Select(measure.Metric).FirstOrDefault(m => m is not null);
        if (outcome.Missing.Count > 0)
        {
            var placeholder = outcome.Missing.Select(measure.Metric).FirstOrDefault(m => m?.Placeholder is not null);
            var reason = placeholder is not null
                ? $"{placeholder.MetricId} is unknown (the source printed '{placeholder.Placeholder}')"
                : $"{string.Join(", ", outcome.Missing)} not recorded";
            return new CriterionResult(criterion, target, false, reason, placeholder?.Location ?? measure.Location);
        }

        var stated = string.Join(", ", names.Select(n => $"{n} is {Describe(values[n])}"));
        return outcome.Error is not null
            ? new CriterionResult(criterion, target, false, $"cannot evaluate: {outcome.Error}", criterion.Location)
            : new CriterionResult(criterion, target, outcome.Held, Shorten(stated, names.Count), metric?.Location);
    }

    /// <summary>With one metric the reason reads "is 4.14"; the description already names it.</summary>
    private static string Shorten(string stated, int count) =>
        count == 1 && stated.IndexOf(" is ", StringComparison.Ordinal) is var at and >= 0 ? stated[(at + 1)..] : stated;

    private static string Describe(object? value) => value switch
    {
        double number => NodeValues.Format(number),
        bool flag => flag ? "true" : "false",
        _ => "unknown",
    };
}
