using System.Collections;
using System.Reflection;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The published wcc is trimmed: only the types <see cref="ViewTypes"/> lists keep the properties templates read by
/// name. Every type a template can reach from its model must be listed, or the native build would render it empty.
/// </summary>
public class ViewTypesTests
{
    private static readonly HashSet<Type> Plain =
    [
        typeof(string),
        typeof(decimal),
        typeof(DateOnly),
        typeof(DateTime),
        typeof(TimeSpan),
        typeof(object),
        typeof(Uri),
    ];

    /// <summary>
    /// Every type reachable through public properties from the models, looking through collections and nullables.
    /// </summary>
    private static SortedSet<string> Reachable(out Dictionary<string, Type> byName)
    {
        var seen = new Dictionary<string, Type>(StringComparer.Ordinal);
        var queue = new Queue<Type>(ViewTypes.Models);
        while (queue.TryDequeue(out var type))
        {
            foreach (var inner in Unwrap(type))
            {
                // An enum (a rating, the audience) is a value like a number: no properties for the trimmer to keep.
                if (inner.IsPrimitive || inner.IsEnum || Plain.Contains(inner) || !seen.TryAdd(inner.FullName!, inner))
                {
                    continue;
                }

                foreach (var property in inner.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        byName = seen;
        return new SortedSet<string>(seen.Keys, StringComparer.Ordinal);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Unwrap(underlying);
        }

        if (type.IsArray)
        {
            return Unwrap(type.GetElementType()!);
        }

        if (
            type.IsGenericType
            && (
                typeof(IEnumerable).IsAssignableFrom(type)
                || type.Name.StartsWith("KeyValuePair", StringComparison.Ordinal)
                || type.Name.StartsWith("ValueTuple", StringComparison.Ordinal)
            )
        )
        {
            return type.GetGenericArguments().SelectMany(Unwrap);
        }

        return [type];
    }

    [Fact]
    public void Every_type_a_template_can_reach_is_listed_for_the_trimmer()
    {
        var reachable = Reachable(out var types);
        var missing = reachable.Where(n => !ViewTypes.All.Contains(types[n])).ToList();
        Assert.True(missing.Count == 0, "add to ViewTypes.All:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_listed_type_is_one_a_template_can_reach()
    {
        var reachable = Reachable(out _);
        var stale = ViewTypes.All.Select(t => t.FullName!).Where(n => !reachable.Contains(n)).ToList();
        Assert.True(stale.Count == 0, "no template reaches: " + string.Join(", ", stale));
    }
}
