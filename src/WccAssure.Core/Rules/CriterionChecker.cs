using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Rules;

/// <summary>Checks one criterion against a measure's evidence items and metrics, explaining the result.</summary>
internal static class CriterionChecker
{
    public static CriterionResult Check<T>(Criterion criterion, CriterionTarget target, MeasureRecord<T> measure)
        where T : struct =>
        criterion.IsTagCriterion ? CheckTags(criterion, target, measure) : CheckCondition(criterion, target, measure);

    private static CriterionResult CheckTags<T>(Criterion criterion, CriterionTarget target, MeasureRecord<T> measure)
        where T : struct
    {
        var tags = criterion.Tags;
        var item = measure.Evidence.FirstOrDefault(e => tags.All(e.Tags.Contains));
        if (item is not null)
        {
            return new CriterionResult(
                criterion,
                target,
                true,
                $"{Quoted(tags, "and")} on \"{Excerpt(item.Text)}\"",
                item.Location
            );
        }

        if (tags.Count == 1)
        {
            return new CriterionResult(
                criterion,
                target,
                false,
                $"no evidence item is tagged '{tags[0]}'",
                measure.Location
            );
        }

        // Say whether the tags are there but spread over separate items: that is the usual reason and the fix
        // is in the evidence, not in its tagging.
        var spread = tags.All(t => measure.Evidence.Any(e => e.Tags.Contains(t)));
        return new CriterionResult(
            criterion,
            target,
            false,
            spread
                ? $"no single evidence item is tagged {Quoted(tags, "and")} (they are on separate items)"
                : $"no evidence item is tagged {Quoted(tags, "and")}",
            measure.Location
        );
    }

    private static string Quoted(IReadOnlyList<string> tags, string conjunction) =>
        tags.Count == 1
            ? $"'{tags[0]}'"
            : string.Join(", ", tags.Take(tags.Count - 1).Select(t => $"'{t}'")) + $" {conjunction} '{tags[^1]}'";

    /// <summary>The first words of an evidence item, enough for a reader to find it.</summary>
    private static string Excerpt(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12
            ? text.TrimEnd('.')
            : string.Join(' ', words.Take(12)).TrimEnd(',', ';', ':', '.') + "…";
    }

    private static CriterionResult CheckCondition<T>(
        Criterion criterion,
        CriterionTarget target,
        MeasureRecord<T> measure
    )
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

        // A reconstructed figure keeps its * wherever it is quoted, as it does in the report's tables.
        var stated = string.Join(", ", names.Select(n => $"{n} is {Describe(values[n])}{Mark(measure.Metric(n))}"));
        return outcome.Error is not null
            ? new CriterionResult(criterion, target, false, $"cannot evaluate: {outcome.Error}", criterion.Location)
            : new CriterionResult(criterion, target, outcome.Held, Shorten(stated, names.Count), metric?.Location);
    }

    /// <summary>With one metric the reason reads "is 4.14"; the description already names it.</summary>
    private static string Shorten(string stated, int count) =>
        count == 1 && stated.IndexOf(" is ", StringComparison.Ordinal) is var at and >= 0 ? stated[(at + 1)..] : stated;

    private static string Mark(MetricValue? metric) =>
        metric?.Provenance.Kind == ProvenanceKind.Reconstructed ? "*" : "";

    private static string Describe(object? value) =>
        value switch
        {
            double number => NodeValues.Format(number),
            bool flag => flag ? "true" : "false",
            _ => "unknown",
        };
}
