using System.Collections.Concurrent;
using NCalc;
using NCalc.Exceptions;

namespace WccAssure.Core.Rules;

/// <summary>
/// Evaluates the framework's small conditions with NCalc. Names a condition uses but the caller cannot supply
/// are reported as missing rather than guessed, so a criterion over an unrecorded metric fails with a reason.
/// </summary>
public static class ConditionEvaluator
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> NamesCache = new(
        StringComparer.Ordinal
    );

    /// <summary>The names a condition refers to, or an error message when it does not parse.</summary>
    public static (IReadOnlyList<string> Names, string? Error) Inspect(string condition)
    {
        try
        {
            var expression = new Expression(condition, ExpressionOptions.NoCache);
            if (expression.HasErrors())
            {
                return ([], expression.Error?.Message ?? "cannot parse");
            }

            // The parse just made gives the names too: a framework has hundreds of conditions, each parsed once at
            // load.
            return (NamesCache.GetOrAdd(condition, _ => Names(expression)), null);
        }
        catch (NCalcException e)
        {
            return ([], e.Message);
        }
    }

    /// <summary>
    /// The names <paramref name="condition"/> refers to, sorted; for a condition <see cref="Inspect"/> has found to
    /// parse.
    /// </summary>
    public static IReadOnlyList<string> NamesOf(string condition) =>
        NamesCache.GetOrAdd(condition, c => Names(new Expression(c, ExpressionOptions.NoCache)));

    private static IReadOnlyList<string> Names(Expression expression) =>
        [.. expression.GetParameterNames().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// NCalc caches the parse, but each new Expression built its own context (a sixth of scoring's allocation), so
    /// each thread keeps one per condition; every evaluation sets all of its names, so none keeps a value from the
    /// last.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, Expression>? expressions;

    private static Expression Reused(string condition)
    {
        expressions ??= new(StringComparer.Ordinal);
        if (!expressions.TryGetValue(condition, out var expression))
        {
            expression = new Expression(condition, ExpressionOptions.IgnoreCaseAtBuiltInFunctions);
            expressions[condition] = expression;
        }

        return expression;
    }

    /// <summary>Evaluates to true or false; missing lists names that had no value.</summary>
    public static ConditionOutcome Evaluate(string condition, IReadOnlyDictionary<string, object?> values)
    {
        var names = NamesOf(condition);
        var missing = names.Where(n => !values.TryGetValue(n, out var v) || v is null).ToList();
        if (missing.Count > 0)
        {
            return new ConditionOutcome(false, missing, null);
        }

        try
        {
            var expression = Reused(condition);
            foreach (var name in names)
            {
                expression.Parameters[name] = values[name];
            }

            return expression.Evaluate() is bool result
                ? new ConditionOutcome(result, [], null)
                : new ConditionOutcome(false, [], "the condition does not give true or false");
        }
        catch (Exception e)
            when (e
                    is NCalcException
                        or InvalidOperationException
                        or FormatException
                        or ArgumentException
                        or DivideByZeroException
            )
        {
            return new ConditionOutcome(false, [], e.Message);
        }
    }
}
